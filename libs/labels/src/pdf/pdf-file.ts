import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** A reference to an indirect object, as written in a PDF: `12 0 R`. */
export type PdfRef = `${number} 0 R`;

const refOf = (n: number): PdfRef => `${n} 0 R`;

/**
 * A PDF file written by hand (ISO 32000-1, PDF 1.7): numbered objects, a classic cross-reference
 * table with one 20-byte entry per object, and a trailer. Objects are reserved before they are
 * written so a parent (the page tree) and its children can point at each other. Nothing depends on
 * the clock: the same objects always give the same bytes (the file ID is a hash of the body).
 */
export class PdfFile {
  private readonly bodies: (Buffer | undefined)[] = [];

  /** Takes the next object number, to be written later with `set`. */
  reserve(): PdfRef {
    this.bodies.push(undefined);
    return refOf(this.bodies.length);
  }

  /** Writes an object's body (a dictionary, array, or a stream made by `stream`). */
  set(ref: PdfRef, body: string | Buffer): void {
    this.bodies[Number.parseInt(ref, 10) - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  }

  /** Reserves and writes an object at once. */
  add(body: string | Buffer): PdfRef {
    const ref = this.reserve();
    this.set(ref, body);
    return ref;
  }

  /** A stream object's body, Flate-compressed (label sheets repeat the same operators thousands of times). */
  static stream(content: string | Buffer, dictionary = ''): Buffer {
    const data = deflateSync(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
    return Buffer.concat([
      Buffer.from(`<< ${dictionary}${dictionary ? ' ' : ''}/Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  }

  /** The whole file: header, objects, cross-reference table, trailer naming the catalogue and info. */
  toBuffer(root: PdfRef, info: PdfRef): Buffer {
    // The second line's bytes above 127 tell transfer tools the file is binary (ISO 32000-1, 7.5.2).
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = parts[0].length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (!body) throw new Error(`PDF object ${i + 1} was reserved but never written`);
      const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
      offsets.push(offset);
      parts.push(object);
      offset += object.length;
    });
    const id = createHash('sha256').update(Buffer.concat(parts)).digest('hex').slice(0, 32);
    // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, keyword, CR LF.
    const xref =
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f\r\n` +
      offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`).join('') +
      `trailer\n<< /Size ${offsets.length + 1} /Root ${root} /Info ${info} /ID [<${id}> <${id}>] >>\n` +
      `startxref\n${offset}\n%%EOF\n`;
    parts.push(Buffer.from(xref, 'latin1'));
    return Buffer.concat(parts);
  }
}

import { inflateSync } from 'node:zlib';

/** One indirect object: its dictionary (or other value) and, for a stream, the decoded data. */
export interface PdfObject {
  readonly value: string;
  readonly stream?: Buffer;
}

/** A PDF read back through its own cross-reference table, as a viewer would. */
export interface ReadPdf {
  readonly version: string;
  readonly objects: ReadonlyMap<number, PdfObject>;
  readonly trailer: string;
  readonly catalog: PdfObject;
  readonly pageTree: PdfObject;
  /** The page objects in the page tree's order. */
  readonly pages: readonly PdfObject[];
  /** A page's content stream, decoded. */
  content(pageIndex: number): string;
}

const refNumber = (value: string, key: string): number => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(value);
  if (!match) throw new Error(`no /${key} reference in ${value.slice(0, 80)}`);
  return Number(match[1]);
};

/**
 * Parses a PDF from its end: startxref, the cross-reference table (each entry exactly 20 bytes,
 * each offset landing on "N 0 obj"), the trailer, every object with its endobj, every stream's
 * /Length against its bytes, then the catalogue and page tree. Throws on anything malformed.
 */
export function readPdf(pdf: Buffer): ReadPdf {
  const text = pdf.toString('latin1');
  const header = /^%PDF-(\d\.\d)\n/.exec(text);
  if (!header) throw new Error('no %PDF header');
  const tail = /startxref\n(\d+)\n%%EOF\n$/.exec(text);
  if (!tail) throw new Error('no startxref / %%EOF at the end');
  const xrefAt = Number(tail[1]);
  const xref = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  if (!xref) throw new Error(`startxref ${xrefAt} does not point at an xref table`);
  const size = Number(xref[1]);
  const entriesAt = xrefAt + xref[0].length;
  const objects = new Map<number, PdfObject>();
  for (let n = 0; n < size; n++) {
    const entry = text.slice(entriesAt + n * 20, entriesAt + (n + 1) * 20);
    const parts = /^(\d{10}) (\d{5}) ([nf])\r\n$/.exec(entry);
    if (!parts) throw new Error(`xref entry ${n} is not 20 bytes of "oooooooooo ggggg n\\r\\n": ${JSON.stringify(entry)}`);
    if (n === 0) {
      if (parts[3] !== 'f' || parts[2] !== '65535') throw new Error('xref entry 0 must be the free head, generation 65535');
      continue;
    }
    objects.set(n, readObject(pdf, text, n, Number(parts[1])));
  }
  const trailer = /^trailer\n(<<.*>>)\nstartxref/s.exec(text.slice(entriesAt + size * 20));
  if (!trailer) throw new Error('no trailer after the xref table');
  if (!trailer[1].includes(`/Size ${size}`)) throw new Error(`trailer /Size is not ${size}`);
  const get = (n: number) => objects.get(n) ?? (() => { throw new Error(`object ${n} is not in the xref table`); })();
  const catalog = get(refNumber(trailer[1], 'Root'));
  const pageTree = get(refNumber(catalog.value, 'Pages'));
  const kids = /\/Kids \[([^\]]*)\]/.exec(pageTree.value)?.[1].match(/\d+ 0 R/g) ?? [];
  const pages = kids.map((k) => get(Number.parseInt(k, 10)));
  return {
    version: header[1],
    objects,
    trailer: trailer[1],
    catalog,
    pageTree,
    pages,
    content: (i) => get(refNumber(pages[i].value, 'Contents')).stream!.toString('latin1'),
  };
}

function readObject(pdf: Buffer, text: string, n: number, offset: number): PdfObject {
  const opening = `${n} 0 obj\n`;
  if (text.slice(offset, offset + opening.length) !== opening) throw new Error(`xref offset ${offset} of object ${n} does not start "${n} 0 obj"`);
  const start = offset + opening.length;
  const streamAt = text.indexOf('\nstream\n', start);
  const endobj = text.indexOf('\nendobj\n', start);
  if (endobj < 0) throw new Error(`object ${n} has no endobj`);
  if (streamAt < 0 || streamAt > endobj) return { value: text.slice(start, endobj) };
  const value = text.slice(start, streamAt);
  const length = Number(/\/Length (\d+)/.exec(value)?.[1]);
  const dataAt = streamAt + '\nstream\n'.length;
  // The data is binary and may hold any bytes: its end is found by /Length alone.
  if (text.slice(dataAt + length, dataAt + length + '\nendstream\nendobj\n'.length) !== '\nendstream\nendobj\n') {
    throw new Error(`stream of object ${n}: /Length ${length} does not end at endstream / endobj`);
  }
  const data = pdf.subarray(dataAt, dataAt + length);
  return { value, stream: value.includes('/FlateDecode') ? inflateSync(data) : data };
}

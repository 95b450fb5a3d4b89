import { createReadStream } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EpcisDocumentHeader, EpcisEvent } from '#tamga/epcis';

/**
 * An EPCIS document written to a private temporary file as its events are rendered, one event per
 * line, so a million events never sit in memory, and nothing reaches stdout until the whole
 * document has been rendered and validated: a failed export prints no half document.
 */
export class DocumentFile {
  private written = 0;

  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** Creates the file and writes the header and the opening of the event list. */
  static async create(header: EpcisDocumentHeader): Promise<DocumentFile> {
    const dir = await mkdtemp(join(tmpdir(), 'tamga-epcis-export-'));
    const path = join(dir, 'document.jsonld');
    const file = new DocumentFile(dir, path, await open(path, 'wx', 0o600));
    // The header's closing brace gives way to the body, which is written as events come.
    await file.handle.write(`${JSON.stringify(header).slice(0, -1)},"epcisBody":{"eventList":[`);
    return file;
  }

  /** How many events have been written. */
  get eventCount(): number {
    return this.written;
  }

  /** Appends events to the list. */
  async append(events: readonly EpcisEvent[]): Promise<void> {
    if (events.length === 0) return;
    const lines = events.map((event, i) => `${this.written + i === 0 ? '' : ','}\n${JSON.stringify(event)}`);
    await this.handle.write(lines.join(''));
    this.written += events.length;
  }

  /** Closes the list and the document. */
  async finish(): Promise<void> {
    await this.handle.write('\n]}}\n');
    await this.handle.close();
  }

  /** Copies the finished document to `out`, minding its back-pressure. */
  async copyTo(out: NodeJS.WritableStream): Promise<void> {
    for await (const chunk of createReadStream(this.path)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  }

  /** Removes the file (after finish or on failure). */
  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

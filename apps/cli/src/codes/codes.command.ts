import { once } from 'node:events';
import { digitalLinkOf } from '#tamga/labels';
import { createPool, publicUrlOf } from '#tamga/platform';
import { recordedCodes } from '#tamga/read-models';
import { provideExportDatabase } from '../epcis-export/export-database';
import { limitOfArguments } from './codes-arguments';

const USAGE = 'Usage: tamga codes [--limit N]   (prints the Digital Link URL of every recorded lot and unit, one per line)\n';

/**
 * `tamga codes [--limit N]`: the GS1 Digital Link URLs of recorded lots and their packed units, one
 * per line, each lot followed by its units, from the read models (what the provenance API serves:
 * a lot still on its way through Kafka is not listed yet). URLs start with TAMGA_PUBLIC_URL, as
 * the QR codes do. The database is DATABASE_URL, else the embedded Postgres `npm start` uses.
 */
export async function codesCommand(args: readonly string[]): Promise<number> {
  const request = limitOfArguments(args);
  if (request === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  const base = publicUrlOf();
  const database = await provideExportDatabase();
  const pool = createPool(database.databaseUrl, 1);
  let printed = 0;
  // `tamga codes | head` closes the pipe early: that ends the listing, it is not a failure.
  let pipeClosed = false;
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    pipeClosed = true;
  };
  process.stdout.on('error', onStdoutError);
  try {
    for await (const code of recordedCodes(pool)) {
      if (pipeClosed || (request.limit !== undefined && printed >= request.limit)) break;
      // Waits when the reader is slower (a pager): millions of lines never pile up in memory.
      if (!process.stdout.write(`${digitalLinkOf(base, code)}\n`)) await drainedOrClosed();
      printed++;
    }
    if (printed === 0) process.stderr.write('No lot is recorded yet.\n');
    return 0;
  } finally {
    process.stdout.off('error', onStdoutError);
    await pool.end();
    await database.release();
  }
}

function drainedOrClosed(): Promise<unknown> {
  return Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'close')]).catch(() => undefined);
}

import type { Pool } from 'pg';
import type { EventEnvelope } from '#tamga/contracts';
import { DocumentEventCollector, type EpcisDocumentValidator, compareGlobalPositions, epcisDocumentHeader } from '#tamga/epcis';
import { EventLogSnapshot } from '#tamga/event-store';
import { DocumentFile } from './document-file';
import { ExportFailure } from './export-failure';
import { LogRenderingContext } from './log-rendering-context';
import { traceEventsOf } from './lot-trace';
import { assertValidBatch } from './validate-batch';

/** Events rendered, validated and written per round: small enough to keep memory flat, large enough to keep queries few. */
export const EXPORT_BATCH_SIZE = 500;

async function openSnapshot(pool: Pool): Promise<EventLogSnapshot> {
  const snapshot = await EventLogSnapshot.open(pool);
  try {
    await snapshot.lotEventsAfter('0', 1);
    return snapshot;
  } catch (error) {
    await snapshot.close();
    // 42P01: undefined_table. A database Tamga never migrated has no events to export.
    if ((error as { code?: string }).code === '42P01') {
      throw new ExportFailure('This database has no Tamga event store: run `npx tamga migrate` (or `npm start`) first');
    }
    throw error;
  }
}

/**
 * Writes the EPCIS 2.0 document of every recorded lot event (or of one lot's trace) to `out`.
 * The log is read in one snapshot, in global position order, batch by batch; each batch is
 * rendered, its multi-lot copies dropped, validated and appended to a temporary file, which is
 * copied to `out` only once all of it is valid. Throws ExportFailure, EpcisRenderingError or
 * UnknownLotError with a message for the user, having written nothing to `out`.
 */
export async function writeEpcisExport(
  pool: Pool,
  validator: EpcisDocumentValidator,
  out: NodeJS.WritableStream,
  lotId?: string,
  batchSize = EXPORT_BATCH_SIZE,
): Promise<number> {
  const snapshot = await openSnapshot(pool);
  const header = epcisDocumentHeader(new Date());
  const file = await DocumentFile.create(header);
  try {
    const context = new LogRenderingContext((ids) => snapshot.readStreams(ids));
    const collector = new DocumentEventCollector(context);
    const write = async (batch: readonly EventEnvelope[]) => {
      await context.prepare(batch);
      const events = batch.flatMap((envelope) => collector.add(envelope));
      assertValidBatch(validator, header, events, file.eventCount);
      await file.append(events);
    };
    if (lotId !== undefined) {
      // A trace is a few lots' events: held whole, put in log order, written in the same batches.
      const trace = (await traceEventsOf(lotId, (ids) => snapshot.readStreams(ids))).sort((a, b) => compareGlobalPositions(a.globalPosition, b.globalPosition));
      for (let i = 0; i < trace.length; i += batchSize) await write(trace.slice(i, i + batchSize));
    } else {
      for (let batch = await snapshot.lotEventsAfter('0', batchSize); batch.length > 0; ) {
        await write(batch);
        batch = await snapshot.lotEventsAfter(batch[batch.length - 1].globalPosition, batchSize);
      }
    }
    await file.finish();
    await file.copyTo(out);
    return file.eventCount;
  } finally {
    await file.remove();
    await snapshot.close();
  }
}

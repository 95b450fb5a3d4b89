import { Pool, PoolClient } from 'pg';
import { NewEvent } from './append-request';
import { insertSealed } from './insert-sealed';
import { EVENTS_APPENDED_CHANNEL } from './postgres-event-store';
import { ServiceSigningKey } from './service-signing-key';
import { assertStreamsAt, lockForAppend } from './stream-guards';
import { translateDriverError } from './translate-driver-error';

/** An event of a bulk append: the stream it goes to, the version it takes there, and who recorded it. */
export interface BulkEvent extends NewEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly actorId: string | null;
}

/**
 * The most existing streams one bulk append locks. Advisory locks live in Postgres's shared lock
 * table (max_locks_per_transaction × max_connections slots for the whole server): a batch that
 * locked tens of thousands of streams would fail with "out of shared memory", or starve others.
 */
export const MAX_LOCKED_STREAMS_PER_BULK_APPEND = 2_000;

/**
 * Appends many facts at once, each event with its own recorder, in one transaction, with the
 * guarantees of PostgresEventStore.append: every existing stream it extends is locked (the same
 * advisory lock keys, taken in one sorted statement before the first write, so xid order stays
 * commit order per stream for the relay, ADR 0003) and must still be at the version the batch
 * continues from (else STREAM.VERSION_CONFLICT, nothing written); new streams collide on the
 * (stream, version) key instead; the log's triggers are untouched, so the events are as immutable
 * as any, and sealed like any (ADR 0016: rows sharing a `seal.fact` key are one fact). What `append` cannot do is give each event its own actor: a generated season records
 * facts of thousands of parties, and one append per party would mean hundreds of thousands of
 * transactions. Events must be listed in each stream's version order, consecutively.
 */
export async function appendInBulk(
  pool: Pool,
  events: readonly BulkEvent[],
  options: { readonly inTransaction?: (client: PoolClient) => Promise<void> } = {},
): Promise<void> {
  if (events.length === 0) return;
  const continues = continuedVersions(events);
  const locked = [...continues].filter(([, version]) => version > 0).map(([streamId]) => `stream:${streamId}`);
  if (locked.length > MAX_LOCKED_STREAMS_PER_BULK_APPEND) {
    throw new Error(`A bulk append extends ${locked.length} existing streams; at most ${MAX_LOCKED_STREAMS_PER_BULK_APPEND} may be locked at once`);
  }
  const signer = await ServiceSigningKey.load(pool);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await lockForAppend(client, locked);
    const heads = await assertStreamsAt(client, continues);
    const placed = events.map((e) => ({ ...e, storedMetadata: e.metadata ?? {} }));
    await insertSealed(client, placed, heads, signer, { returning: false });
    await options.inTransaction?.(client);
    await client.query(`SELECT pg_notify('${EVENTS_APPENDED_CHANNEL}', '')`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw translateDriverError(error);
  } finally {
    client.release();
  }
}

/** Per stream, the version the batch continues from (its first event's version - 1); refuses gaps within the batch. */
function continuedVersions(events: readonly BulkEvent[]): Map<string, number> {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const e of events) {
    const previous = last.get(e.streamId);
    if (previous !== undefined && e.streamVersion !== previous + 1) {
      throw new Error(`Bulk append: stream ${e.streamId} jumps from version ${previous} to ${e.streamVersion}`);
    }
    if (previous === undefined) first.set(e.streamId, e.streamVersion - 1);
    last.set(e.streamId, e.streamVersion);
  }
  return first;
}

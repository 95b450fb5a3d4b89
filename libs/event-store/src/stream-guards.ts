import { PoolClient } from 'pg';
import { versionConflict } from './version-conflict';

/**
 * Takes the advisory locks of an append, in one sorted statement (no deadlock between appends
 * taking overlapping sets). Advisory locks take no transaction id, so the transaction's xid is
 * assigned only after it holds every stream it extends: per stream, xid order is commit order
 * (ADR 0003).
 */
export async function lockForAppend(client: PoolClient, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await client.query(
    `SELECT pg_advisory_xact_lock(h)
       FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS locks`,
    [keys],
  );
}

/** Refuses (STREAM.VERSION_CONFLICT, with each stream's current version) unless every stream is still at the version the append continues from. */
export async function assertStreamsAt(client: PoolClient, expected: ReadonlyMap<string, number>): Promise<void> {
  const { rows } = await client.query<{ stream_id: string; version: number }>(
    `SELECT stream_id, max(stream_version) AS version FROM event_store.events
      WHERE stream_id = ANY($1::text[]) GROUP BY stream_id`,
    [[...expected.keys()]],
  );
  const current = new Map(rows.map((r) => [r.stream_id, Number(r.version)]));
  const conflicts = [...expected]
    .map(([streamId, expectedVersion]) => ({ streamId, expectedVersion, currentVersion: current.get(streamId) ?? 0 }))
    .filter((c) => c.expectedVersion !== c.currentVersion);
  if (conflicts.length > 0) throw versionConflict(conflicts);
}

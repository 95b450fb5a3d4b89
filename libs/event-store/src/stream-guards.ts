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

/**
 * Refuses (STREAM.VERSION_CONFLICT, with each stream's current version) unless every stream is
 * still at the version the append continues from; returns each stream's head record hash (hex;
 * null for a new stream or an unsealed last event), where the append's chain continues. One
 * query, one index probe per stream, run under the append's locks so the heads cannot move.
 */
export async function assertStreamsAt(client: PoolClient, expected: ReadonlyMap<string, number>): Promise<Map<string, string | null>> {
  const { rows } = await client.query<{ stream_id: string; version: number; record_hash: string | null }>(
    `SELECT s.stream_id, last.stream_version AS version, encode(last.record_hash, 'hex') AS record_hash
       FROM unnest($1::text[]) AS s(stream_id)
       CROSS JOIN LATERAL (
         SELECT e.stream_version, e.record_hash FROM event_store.events AS e
          WHERE e.stream_id = s.stream_id ORDER BY e.stream_version DESC LIMIT 1
       ) AS last`,
    [[...expected.keys()]],
  );
  const current = new Map(rows.map((r) => [r.stream_id, Number(r.version)]));
  const conflicts = [...expected]
    .map(([streamId, expectedVersion]) => ({ streamId, expectedVersion, currentVersion: current.get(streamId) ?? 0 }))
    .filter((c) => c.expectedVersion !== c.currentVersion);
  if (conflicts.length > 0) throw versionConflict(conflicts);
  const heads = new Map<string, string | null>([...expected.keys()].map((id) => [id, null]));
  for (const r of rows) heads.set(r.stream_id, r.record_hash);
  return heads;
}

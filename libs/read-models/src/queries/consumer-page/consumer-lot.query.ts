import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerLotEventRecord, ConsumerLotRecord, ConsumerLotRecords } from './consumer-page-records';
import { MAX_UPSTREAM_DEPTH, MAX_UPSTREAM_LOTS, upstreamWalkCtes } from './upstream-lots.query';

/** An instant as JSON: ISO 8601 UTC, whatever the session's TimeZone. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const lotJson = (alias: string) =>
  `json_build_object('lotId', ${alias}.lot_id, 'productId', ${alias}.product_id, 'status', ${alias}.status, 'createdAt', ${iso(`${alias}.created_at`)},
     'held', ${alias}.held, 'recallId', ${alias}.recall_id, 'recalledUnits', ${alias}.recalled_units, 'certificates', ${alias}.certificates, 'version', ${alias}.version)`;

const eventJson = (alias: string) =>
  `json_build_object('lotId', ${alias}.lot_id, 'eventId', ${alias}.event_id, 'type', ${alias}.type, 'version', ${alias}.stream_version,
     'occurredAt', ${iso(`${alias}.occurred_at`)}, 'recordedAt', ${iso(`${alias}.recorded_at`)}, 'data', ${alias}.data)`;

interface Row {
  lot: ConsumerLotRecord | null;
  events: (ConsumerLotEventRecord & { lotId: string })[];
  upstream: { lotId: string; depth: number; cut: boolean }[];
  upstream_lots: ConsumerLotRecord[];
  upstream_events: (ConsumerLotEventRecord & { lotId: string })[];
}

/**
 * A lot as the consumer page reads it: its row, its whole history, and every lot upstream of it
 * with the events that tell where they came from (its creating fact, its recalls and their
 * retractions). One statement, so one snapshot and one round trip: the lot and its inputs as of
 * the same projector commit. Null if no such lot is projected.
 */
export async function findConsumerLot(pool: Pool, lotId: string): Promise<ConsumerLotRecords | null> {
  const s = LIVE_READ_MODEL_SCHEMA;
  const { rows } = await pool.query<Row>(
    `${upstreamWalkCtes(s)},
     limited AS (SELECT * FROM reached ORDER BY depth, lot_id LIMIT $3)
     SELECT
       (SELECT ${lotJson('l')} FROM ${s}.lots l WHERE l.lot_id = $1) AS lot,
       (SELECT coalesce(json_agg(${eventJson('e')} ORDER BY e.stream_version), '[]') FROM ${s}.lot_events e WHERE e.lot_id = $1) AS events,
       (SELECT coalesce(json_agg(json_build_object('lotId', u.lot_id, 'depth', u.depth, 'cut', u.cut)), '[]') FROM limited u) AS upstream,
       (SELECT coalesce(json_agg(${lotJson('l')}), '[]') FROM ${s}.lots l WHERE l.lot_id IN (SELECT lot_id FROM limited)) AS upstream_lots,
       (SELECT coalesce(json_agg(${eventJson('e')} ORDER BY e.lot_id, e.stream_version), '[]') FROM ${s}.lot_events e
         WHERE e.lot_id IN (SELECT lot_id FROM limited) AND (e.stream_version = 1 OR e.type IN ('lot.recalled', 'lot.retracted'))) AS upstream_events`,
    [lotId, MAX_UPSTREAM_DEPTH, MAX_UPSTREAM_LOTS + 1],
  );
  const row = rows[0];
  if (!row?.lot) return null;
  const walked = row.upstream.slice(0, MAX_UPSTREAM_LOTS);
  const complete = row.upstream.length <= MAX_UPSTREAM_LOTS && !row.upstream.some((u) => u.cut);
  const depthOf = new Map(walked.map((u) => [u.lotId, u.depth]));
  const eventsOf = new Map<string, ConsumerLotEventRecord[]>();
  for (const { lotId: owner, ...event } of row.upstream_events) eventsOf.set(owner, [...(eventsOf.get(owner) ?? []), event]);
  return {
    lot: row.lot,
    events: row.events.map(({ lotId: _owner, ...event }) => event),
    upstream: row.upstream_lots
      .filter((lot) => depthOf.has(lot.lotId))
      .map((lot) => ({ lot, depth: depthOf.get(lot.lotId)!, events: eventsOf.get(lot.lotId) ?? [] }))
      .sort((a, b) => a.depth - b.depth || a.lot.lotId.localeCompare(b.lot.lotId)),
    upstreamComplete: complete,
  };
}

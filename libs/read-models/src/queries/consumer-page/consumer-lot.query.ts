import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { isoFromUtc, utcTimestamp } from '../inspector/sql-helpers';
import { ConsumerLotEventRecord, ConsumerLotRecord, ConsumerLotRecords, ConsumerUpstreamLotRecord } from './consumer-page-records';
import { MAX_UPSTREAM_DEPTH, MAX_UPSTREAM_LOTS, upstreamWalkCtes } from './upstream-lots.query';

// Rows come back as JSON arrays, not objects: no key repeated on every one of a jam lot's ~170
// upstream lots and events, so less for Postgres to write and for Node to parse.
type EventTuple = [eventId: string, type: string, version: number, occurredAt: string, recordedAt: string, data: Record<string, unknown>];
type LotTuple = [productId: string, status: string, createdAt: string, held: boolean, recallId: string | null, recalledUnits: number, certificates: ConsumerLotRecord['certificates'], version: number];
/** An upstream lot as walked; its columns are null when its row is not projected (yet). */
type UpstreamTuple = [lotId: string, depth: number, cut: boolean, productId: string | null, recallId: string | null, version: number | null];

/** An upstream lot's event: its lot, the event without its inputs and outputs, and the products of those (null when absent). */
type UpstreamEventTuple = [lotId: string, ...EventTuple, inputProducts: unknown[] | null, outputProducts: unknown[] | null];

interface Row {
  lot: LotTuple | null;
  events: EventTuple[];
  upstream: UpstreamTuple[];
  upstream_events: UpstreamEventTuple[];
}

const eventColumns = (e: string, data = `${e}.data`) => `${e}.event_id, ${e}.type, ${e}.stream_version, ${utcTimestamp(`${e}.occurred_at`)}, ${utcTimestamp(`${e}.recorded_at`)}, ${data}`;

/** The statement, prepared once per connection (a named statement: no planning per page). */
function statement(s: string) {
  return {
    name: `tamga.consumer-lot.${s}`,
    text: `${upstreamWalkCtes(s)},
     limited AS (SELECT * FROM reached ORDER BY depth, lot_id LIMIT $3)
     SELECT
       (SELECT json_build_array(l.product_id, l.status, ${utcTimestamp('l.created_at')}, l.held, l.recall_id, l.recalled_units, l.certificates, l.version)
          FROM ${s}.lots l WHERE l.lot_id = $1) AS lot,
       (SELECT coalesce(json_agg(json_build_array(${eventColumns('e')}) ORDER BY e.stream_version), '[]') FROM ${s}.lot_events e WHERE e.lot_id = $1) AS events,
       (SELECT coalesce(json_agg(json_build_array(u.lot_id, u.depth, u.cut, l.product_id, l.recall_id, l.version)), '[]')
          FROM limited u LEFT JOIN ${s}.lots l USING (lot_id)) AS upstream,
       (SELECT coalesce(json_agg(json_build_array(e.lot_id, ${eventColumns('e', `e.data - 'inputs' - 'outputs'`)},
                 CASE WHEN e.data ? 'inputs' THEN jsonb_path_query_array(e.data, '$.inputs[*].productId') END,
                 CASE WHEN e.data ? 'outputs' THEN jsonb_path_query_array(e.data, '$.outputs[*].productId') END) ORDER BY e.lot_id, e.stream_version), '[]')
          FROM ${s}.lot_events e
         WHERE e.lot_id IN (SELECT lot_id FROM limited) AND (e.stream_version = 1 OR e.type IN ('lot.recalled', 'lot.retracted'))) AS upstream_events`,
  };
}

function eventOf([eventId, type, version, occurredAt, recordedAt, data]: EventTuple): ConsumerLotEventRecord {
  return { eventId, type, version, occurredAt: isoFromUtc(occurredAt), recordedAt: isoFromUtc(recordedAt), data };
}

/** An upstream event's data with its inputs and outputs as the page reads them: their products. */
function withPortions(data: Record<string, unknown>, inputs: unknown[] | null, outputs: unknown[] | null): Record<string, unknown> {
  if (inputs === null && outputs === null) return data;
  const portions = (products: unknown[]) => products.map((productId) => ({ productId }));
  return { ...data, ...(inputs !== null ? { inputs: portions(inputs) } : {}), ...(outputs !== null ? { outputs: portions(outputs) } : {}) };
}

/**
 * A lot as the consumer page reads it: its row, its whole history, and every lot upstream of it
 * (what the page needs of each) with the events that tell where they came from (its creating
 * fact, its recalls and their retractions). Of an upstream event's inputs and outputs only their
 * products are read: a merge of a season's harvests lists every one of them with its quantity,
 * most of the bytes of a deep lot's page (and of Postgres's CPU writing them) for nothing it shows. One statement, so one snapshot and one round trip:
 * the lot and its inputs as of the same projector commit. Null if no such lot is projected.
 */
export async function findConsumerLot(pool: Pool, lotId: string): Promise<ConsumerLotRecords | null> {
  const { rows } = await pool.query<Row>({ ...statement(LIVE_READ_MODEL_SCHEMA), values: [lotId, MAX_UPSTREAM_DEPTH, MAX_UPSTREAM_LOTS + 1] });
  const row = rows[0];
  if (!row?.lot) return null;
  const [productId, status, createdAt, held, recallId, recalledUnits, certificates, version] = row.lot;
  const complete = row.upstream.length <= MAX_UPSTREAM_LOTS && !row.upstream.some((u) => u[2]);
  const eventsOf = new Map<string, ConsumerLotEventRecord[]>();
  for (const [owner, eventId, type, version, occurredAt, recordedAt, data, inputs, outputs] of row.upstream_events) {
    const event = eventOf([eventId, type, version, occurredAt, recordedAt, withPortions(data, inputs, outputs)]);
    const list = eventsOf.get(owner);
    if (list) list.push(event);
    else eventsOf.set(owner, [event]);
  }
  const upstream: { lot: ConsumerUpstreamLotRecord; depth: number; events: ConsumerLotEventRecord[] }[] = [];
  for (const [id, depth, , upProductId, upRecallId, upVersion] of row.upstream.slice(0, MAX_UPSTREAM_LOTS)) {
    // A lot linked but not projected itself (its partition lags) has no row to show yet.
    if (upProductId === null || upVersion === null) continue;
    upstream.push({ lot: { lotId: id, productId: upProductId, recallId: upRecallId, version: upVersion }, depth, events: eventsOf.get(id) ?? [] });
  }
  return {
    lot: { lotId, productId, status, createdAt: isoFromUtc(createdAt), held, recallId, recalledUnits, certificates, version },
    events: row.events.map(eventOf),
    upstream: upstream.sort((a, b) => a.depth - b.depth || a.lot.lotId.localeCompare(b.lot.lotId)),
    upstreamComplete: complete,
  };
}

import { Pool, PoolClient } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerLotEventRecord, ConsumerLotRecord, ConsumerLotRecords } from './consumer-page-records';
import { upstreamLotIds } from './upstream-lots.query';

interface LotRow {
  lot_id: string;
  product_id: string;
  status: string;
  created_at: Date;
  held: boolean;
  recall_id: string | null;
  recalled_units: number;
  certificates: ConsumerLotRecord['certificates'];
  version: number;
}

interface EventRow {
  lot_id: string;
  event_id: string;
  type: string;
  stream_version: number;
  occurred_at: Date;
  recorded_at: Date;
  data: Record<string, unknown>;
}

const LOT_COLUMNS = 'lot_id, product_id, status, created_at, held, recall_id, recalled_units, certificates, version';
const EVENT_COLUMNS = 'lot_id, event_id, type, stream_version, occurred_at, recorded_at, data';

const lotOf = (r: LotRow): ConsumerLotRecord => ({
  lotId: r.lot_id,
  productId: r.product_id,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  held: r.held,
  recallId: r.recall_id,
  recalledUnits: r.recalled_units,
  certificates: r.certificates,
  version: r.version,
});

const eventOf = (r: EventRow): ConsumerLotEventRecord => ({
  eventId: r.event_id,
  type: r.type,
  version: r.stream_version,
  occurredAt: r.occurred_at.toISOString(),
  recordedAt: r.recorded_at.toISOString(),
  data: r.data,
});

async function read(client: PoolClient, s: string, lotId: string): Promise<ConsumerLotRecords | null> {
  const lots = await client.query<LotRow>(`SELECT ${LOT_COLUMNS} FROM ${s}.lots WHERE lot_id = $1`, [lotId]);
  if (lots.rows.length === 0) return null;
  const events = await client.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${s}.lot_events WHERE lot_id = $1 ORDER BY stream_version`, [lotId]);
  const walk = await upstreamLotIds(client, s, lotId);
  const ids = walk.ids.map((u) => u.lotId);
  if (ids.length === 0) return { lot: lotOf(lots.rows[0]), events: events.rows.map(eventOf), upstream: [], upstreamComplete: walk.complete };
  const upstreamLots = await client.query<LotRow>(`SELECT ${LOT_COLUMNS} FROM ${s}.lots WHERE lot_id = ANY($1::text[])`, [ids]);
  // An upstream lot's creating fact tells its origin; its recalls (and their retractions) warn the reader.
  const upstreamEvents = await client.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${s}.lot_events
      WHERE lot_id = ANY($1::text[]) AND (stream_version = 1 OR type IN ('lot.recalled', 'lot.retracted'))
      ORDER BY lot_id, stream_version`,
    [ids],
  );
  const eventsOf = new Map<string, ConsumerLotEventRecord[]>();
  for (const row of upstreamEvents.rows) eventsOf.set(row.lot_id, [...(eventsOf.get(row.lot_id) ?? []), eventOf(row)]);
  const depthOf = new Map(walk.ids.map((u) => [u.lotId, u.depth]));
  return {
    lot: lotOf(lots.rows[0]),
    events: events.rows.map(eventOf),
    upstream: upstreamLots.rows
      .map((row) => ({ lot: lotOf(row), depth: depthOf.get(row.lot_id) ?? 0, events: eventsOf.get(row.lot_id) ?? [] }))
      .sort((a, b) => a.depth - b.depth || a.lot.lotId.localeCompare(b.lot.lotId)),
    upstreamComplete: walk.complete,
  };
}

/**
 * A lot as the consumer page reads it: its row, its whole history, and every lot upstream of it
 * with the events that tell where they came from. One REPEATABLE READ snapshot, so the lot and
 * its inputs are seen as of the same projector commit. Null if no such lot is projected.
 */
export async function findConsumerLot(pool: Pool, lotId: string): Promise<ConsumerLotRecords | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const records = await read(client, LIVE_READ_MODEL_SCHEMA, lotId);
    await client.query('COMMIT');
    return records;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

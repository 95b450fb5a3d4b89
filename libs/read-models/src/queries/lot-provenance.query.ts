import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';

/** A lot as the provenance API shows it, with its history oldest first. */
export interface LotView {
  readonly lotId: string;
  readonly productId: string;
  readonly villageId: string;
  readonly producerId: string;
  readonly harvested: { readonly amount: number; readonly unit: string; readonly at: string };
  readonly onHand: { readonly amount: number; readonly unit: string };
  readonly location: { readonly latitude: number; readonly longitude: number };
  readonly version: number;
  readonly recordedAt: string;
  readonly events: readonly LotEventView[];
}

/** One event in a lot's history: what happened, when it happened, when it was recorded, by whom. */
export interface LotEventView {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly version: number;
  readonly globalPosition: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actorId: string | null;
  readonly data: unknown;
}

interface LotRow {
  lot_id: string;
  product_id: string;
  village_id: string;
  producer_id: string;
  harvested_amount: string;
  on_hand_amount: string;
  unit: string;
  harvested_at: Date;
  latitude: number;
  longitude: number;
  version: number;
  recorded_at: Date;
}

interface LotEventRow {
  event_id: string;
  type: string;
  schema_version: number;
  stream_version: number;
  global_position: string;
  occurred_at: Date;
  recorded_at: Date;
  actor_id: string | null;
  data: unknown;
}

/** Reads a lot and its history from the live read models; null if no such lot is projected. */
export async function findLotProvenance(pool: Pool, lotId: string): Promise<LotView | null> {
  const s = LIVE_READ_MODEL_SCHEMA;
  // One snapshot: the lot and its history as of the same projector commit.
  const client = await pool.connect();
  let lots, events;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    lots = await client.query<LotRow>(`SELECT * FROM ${s}.lots WHERE lot_id = $1`, [lotId]);
    events = await client.query<LotEventRow>(
      `SELECT event_id, type, schema_version, stream_version, global_position::text, occurred_at, recorded_at, actor_id, data
         FROM ${s}.lot_events WHERE lot_id = $1 ORDER BY stream_version`,
      [lotId],
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  if (lots.rows.length === 0) return null;
  const lot = lots.rows[0];
  return {
    lotId: lot.lot_id,
    productId: lot.product_id,
    villageId: lot.village_id,
    producerId: lot.producer_id,
    harvested: { amount: Number(lot.harvested_amount), unit: lot.unit, at: lot.harvested_at.toISOString() },
    onHand: { amount: Number(lot.on_hand_amount), unit: lot.unit },
    location: { latitude: lot.latitude, longitude: lot.longitude },
    version: lot.version,
    recordedAt: lot.recorded_at.toISOString(),
    events: events.rows.map((e) => ({
      eventId: e.event_id,
      type: e.type,
      schemaVersion: e.schema_version,
      version: e.stream_version,
      globalPosition: e.global_position,
      occurredAt: e.occurred_at.toISOString(),
      recordedAt: e.recorded_at.toISOString(),
      actorId: e.actor_id,
      data: e.data,
    })),
  };
}

import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';

/** Where a harvested lot comes from; null for lots made from other lots (their origin is upstream). */
export interface LotOriginView {
  readonly villageId: string;
  readonly producerId: string;
  readonly harvested: { readonly amount: number; readonly unit: string; readonly at: string };
  readonly location: { readonly latitude: number; readonly longitude: number };
}

/** A lot as the provenance API shows it, with its history oldest first. */
export interface LotView {
  readonly lotId: string;
  readonly productId: string;
  readonly status: string;
  readonly onHand: { readonly amount: number; readonly unit: string };
  readonly inTransit: { readonly amount: number; readonly unit: string };
  readonly createdAt: string;
  readonly origin: LotOriginView | null;
  readonly held: boolean;
  readonly recallId: string | null;
  /** How many units were recalled one by one (the whole lot may still be usable). */
  readonly recalledUnits: number;
  readonly custodians: readonly { readonly partyId: string; readonly placeId: string; readonly amount: number }[];
  readonly certificates: readonly unknown[];
  readonly openFlags: readonly unknown[];
  readonly packedUnits: number;
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
  unit: string;
  status: string;
  on_hand_amount: string;
  in_transit_amount: string;
  created_at: Date;
  village_id: string | null;
  producer_id: string | null;
  harvested_amount: string | null;
  harvested_at: Date | null;
  latitude: number | null;
  longitude: number | null;
  held: boolean;
  recall_id: string | null;
  recalled_units: number;
  custodians: LotView['custodians'];
  certificates: unknown[];
  open_flags: unknown[];
  packed_units: number;
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
    status: lot.status,
    onHand: { amount: Number(lot.on_hand_amount), unit: lot.unit },
    inTransit: { amount: Number(lot.in_transit_amount), unit: lot.unit },
    createdAt: lot.created_at.toISOString(),
    origin:
      lot.village_id && lot.producer_id && lot.harvested_at
        ? {
            villageId: lot.village_id,
            producerId: lot.producer_id,
            harvested: { amount: Number(lot.harvested_amount), unit: lot.unit, at: lot.harvested_at.toISOString() },
            location: { latitude: lot.latitude!, longitude: lot.longitude! },
          }
        : null,
    held: lot.held,
    recallId: lot.recall_id,
    recalledUnits: lot.recalled_units,
    custodians: lot.custodians,
    certificates: lot.certificates,
    openFlags: lot.open_flags,
    packedUnits: lot.packed_units,
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

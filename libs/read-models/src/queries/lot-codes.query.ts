import { Pool } from 'pg';
import { LocalisedNames } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';

/** What a lot's QR code and labels need: its product's GTIN and names. */
export interface LotCodeView {
  readonly lotId: string;
  readonly productId: string;
  /** GTIN-14; null while the product is not projected yet. */
  readonly gtin: string | null;
  readonly productNames: LocalisedNames | null;
}

/** One packing run, as its label sheet shows it. */
export interface PackingView {
  readonly packingId: string;
  readonly lotId: string;
  readonly serials: readonly string[];
  readonly packedAt: string;
  /** A retracted packing reads as if it never happened: its units have no labels. */
  readonly retracted: boolean;
}

const s = LIVE_READ_MODEL_SCHEMA;

/** A packing's event is retracted when a later lot.retracted of the same lot points at it (a retraction is final). */
export const NOT_RETRACTED = (alias: string) => `NOT EXISTS (
  SELECT 1 FROM ${s}.lot_events r
   WHERE r.lot_id = ${alias}.lot_id AND r.type = 'lot.retracted' AND r.data->>'retractsEventId' = ${alias}.event_id::text)`;

/** A lot with its product's GTIN and names; null if no such lot is projected. */
export async function findLotCode(pool: Pool, lotId: string): Promise<LotCodeView | null> {
  const { rows } = await pool.query<{ lot_id: string; product_id: string; gtin: string | null; names: LocalisedNames | null }>(
    `SELECT l.lot_id, l.product_id, p.gtin, p.names FROM ${s}.lots l LEFT JOIN ${s}.products p ON p.product_id = l.product_id
      WHERE l.lot_id = $1`,
    [lotId],
  );
  if (rows.length === 0) return null;
  const [row] = rows;
  return { lotId: row.lot_id, productId: row.product_id, gtin: row.gtin, productNames: row.names };
}

/** Whether a unit with this serial was packed from the lot, by a packing that still stands. */
export async function isPackedUnit(pool: Pool, lotId: string, serial: string): Promise<boolean> {
  const { rows } = await pool.query(
    `SELECT 1 FROM ${s}.lot_events e
      WHERE e.lot_id = $1 AND e.type = 'lot.packed' AND e.data->'serials' ? $2 AND ${NOT_RETRACTED('e')} LIMIT 1`,
    [lotId, serial],
  );
  return rows.length > 0;
}

/** A packing run of a lot, serials in the order packed; null if the lot has no packing with this id. */
export async function findPacking(pool: Pool, lotId: string, packingId: string): Promise<PackingView | null> {
  const { rows } = await pool.query<{ data: { packingId: string; serials: string[]; packedAt: string }; standing: boolean }>(
    `SELECT e.data, ${NOT_RETRACTED('e')} AS standing FROM ${s}.lot_events e
      WHERE e.lot_id = $1 AND e.type = 'lot.packed' AND e.data->>'packingId' = $2
      ORDER BY e.stream_version LIMIT 1`,
    [lotId, packingId],
  );
  if (rows.length === 0) return null;
  const [{ data, standing }] = rows;
  return { packingId: data.packingId, lotId, serials: data.serials, packedAt: data.packedAt, retracted: !standing };
}

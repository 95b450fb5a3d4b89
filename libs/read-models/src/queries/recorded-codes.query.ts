import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';
import { NOT_RETRACTED } from './lot-codes.query';

/** Something a QR code can name: a lot, or a unit of it when `serial` is set. */
export interface RecordedCode {
  readonly gtin: string;
  readonly lotId: string;
  readonly serial?: string;
}

const s = LIVE_READ_MODEL_SCHEMA;

/**
 * Every recorded lot whose product is projected, in lot id order, each followed by its units in
 * the order they were packed (packings that were retracted left out). Read a batch of lots at a
 * time, by lot id (keyset), so a season of millions of units streams in flat memory.
 */
export async function* recordedCodes(pool: Pool, lotsPerBatch = 500): AsyncGenerator<RecordedCode> {
  let after = '';
  for (;;) {
    const lots = await pool.query<{ lot_id: string; gtin: string }>(
      `SELECT l.lot_id, p.gtin FROM ${s}.lots l JOIN ${s}.products p ON p.product_id = l.product_id
        WHERE l.lot_id > $1 ORDER BY l.lot_id LIMIT $2`,
      [after, lotsPerBatch],
    );
    if (lots.rows.length === 0) return;
    const units = await pool.query<{ lot_id: string; serial: string }>(
      `SELECT e.lot_id, u.serial FROM ${s}.lot_events e
         CROSS JOIN LATERAL jsonb_array_elements_text(e.data->'serials') WITH ORDINALITY AS u(serial, n)
        WHERE e.lot_id = ANY($1::text[]) AND e.type = 'lot.packed' AND ${NOT_RETRACTED('e')}
        ORDER BY e.lot_id, e.stream_version, u.n`,
      [lots.rows.map((l) => l.lot_id)],
    );
    const serialsOf = new Map<string, string[]>();
    for (const u of units.rows) {
      const serials = serialsOf.get(u.lot_id) ?? [];
      serials.push(u.serial);
      serialsOf.set(u.lot_id, serials);
    }
    for (const lot of lots.rows) {
      yield { gtin: lot.gtin, lotId: lot.lot_id };
      for (const serial of serialsOf.get(lot.lot_id) ?? []) yield { gtin: lot.gtin, lotId: lot.lot_id, serial };
    }
    after = lots.rows[lots.rows.length - 1].lot_id;
  }
}

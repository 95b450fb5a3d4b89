import { PoolClient } from 'pg';
import { ExistingLot, LotState } from '#tamga/domain';
import { StoredEvent } from '#tamga/event-store';

/**
 * Reserves, in the append's transaction, the serials of every packing just stored, each for its
 * lot's product: a serial already used for the product (by any lot) makes the whole append fail
 * with PACKING.SERIAL_TAKEN, so no label can name two units.
 */
export function reserveUnitSerials(lotOf: (lotId: string) => LotState): (client: PoolClient, stored: readonly StoredEvent[]) => Promise<void> {
  return async (client, stored) => {
    const rows = stored
      .filter((e) => e.type === 'lot.packed')
      .flatMap((e) => {
        const data = e.data as { lotId: string; serials: readonly string[] };
        const productId = (lotOf(data.lotId) as ExistingLot).productId;
        return data.serials.map((serial) => ({ productId, serial, lotId: data.lotId, eventId: e.eventId }));
      });
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO event_store.unit_serials (product_id, serial, lot_id, event_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[])`,
      [rows.map((r) => r.productId), rows.map((r) => r.serial), rows.map((r) => r.lotId), rows.map((r) => r.eventId)],
    );
  };
}

import { Pool } from 'pg';
import { Quantity } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { MasterDataPage, PageRequest, pageOf } from '../../projections/master-data/master-data-page';
import { isoUtc, jsonRows } from '../inspector/sql-helpers';

/** One export shipment as the list shows it: enough to pick it, the dossier says the rest. */
export interface ExportShipmentSummary {
  readonly shipmentId: string;
  readonly exportedAt: string;
  readonly destinationCountry: string;
  /** An organisation, as the export recorded it. */
  readonly buyer: { readonly name: string; readonly country: string };
  readonly exporterId: string | null;
  readonly fromPlaceId: string;
  readonly certificateOfOrigin: string;
  /** Each lot at its standing quantity (a correction's, if any), with its product (null until the lot is projected). */
  readonly lots: readonly { readonly lotId: string; readonly productId: string | null; readonly quantity: Quantity }[];
}

interface Row {
  shipmentId: string;
  lots: { lotId: string; productId: string | null; amount: string | number; unit: Quantity['unit']; exportedAt: string; data: { destinationCountry: string; buyer: { name: string; country: string }; from: { partyId: string; placeId: string }; certificateOfOrigin: string } }[];
}

/**
 * Export shipments in shipment-id order, a page at a time. Read from the export events (by the
 * shipment index) with the inspector's lot_movements beside them, which read each export as the
 * lot does: a retracted one left out, a corrected one at its correction's quantity.
 */
export async function listExportShipments(pool: Pool, page: PageRequest, schema = LIVE_READ_MODEL_SCHEMA): Promise<MasterDataPage<ExportShipmentSummary>> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<Row>(
    `WITH shipments AS (
       SELECT DISTINCT e.data->>'shipmentId' AS shipment_id
         FROM ${s}.lot_events e
         JOIN ${s}.lot_movements m ON m.lot_id = e.lot_id AND m.stream_version = e.stream_version AND NOT m.retracted
        WHERE e.type = 'lot.exported' AND ($1::text IS NULL OR e.data->>'shipmentId' > $1)
        ORDER BY 1 LIMIT $2
     )
     SELECT sh.shipment_id AS "shipmentId",
            ${jsonRows(`SELECT e.lot_id AS "lotId", (SELECT l.product_id FROM ${s}.lots l WHERE l.lot_id = e.lot_id) AS "productId", m.amount, m.unit, ${isoUtc('e.occurred_at')} AS "exportedAt", e.data
                          FROM ${s}.lot_events e
                          JOIN ${s}.lot_movements m ON m.lot_id = e.lot_id AND m.stream_version = e.stream_version AND NOT m.retracted
                         WHERE e.type = 'lot.exported' AND e.data->>'shipmentId' = sh.shipment_id
                         ORDER BY e.occurred_at, e.lot_id`)} AS lots
       FROM shipments sh ORDER BY sh.shipment_id`,
    [page.after ?? null, page.limit + 1],
  );
  return pageOf(rows.map(summaryOf), page.limit, (s) => s.shipmentId);
}

function summaryOf(row: Row): ExportShipmentSummary {
  const first = row.lots[0];
  return {
    shipmentId: row.shipmentId,
    exportedAt: first.exportedAt,
    destinationCountry: first.data.destinationCountry,
    buyer: first.data.buyer,
    exporterId: first.data.from.partyId,
    fromPlaceId: first.data.from.placeId,
    certificateOfOrigin: first.data.certificateOfOrigin,
    lots: row.lots.map((l) => ({ lotId: l.lotId, productId: l.productId, quantity: { amount: Number(l.amount), unit: l.unit } })),
  };
}

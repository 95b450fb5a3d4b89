import { Pool, PoolClient } from 'pg';
import { LotEvent, LotShipped, keyDataElementsOf } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { KeyDataElementRow } from './key-data-element-row';
import { kyrgyzstanDate, kyrgyzstanTime } from './kyrgyzstan-time';

/** Which events a spreadsheet holds: those that happened in [from, to), or every event of some lots. */
export type KeyDataElementFilter = { readonly from: Date; readonly to: Date } | { readonly lotIds: readonly string[] };

interface EventRow {
  lot_id: string; stream_version: number; event_id: string; type: string; schema_version: number;
  occurred_at: Date; recorded_at: Date; actor_id: string | null; data: Record<string, unknown>; product_id: string | null;
}

interface AmendingRow { lot_id: string; stream_version: number; event_id: string; type: string; data: Record<string, unknown> }

interface MasterRecord { names: Record<string, string>; gtin?: string; gln?: string }

const nameOf = (names: Record<string, string> | undefined) => names?.en ?? names?.ru ?? names?.ky ?? '';

/**
 * The spreadsheet's rows in event-time order (then lot, then version), read in batches by keyset
 * within one REPEATABLE READ snapshot on a client of its own, so a long export neither skips nor
 * repeats events committed meanwhile, and memory stays flat. Stopping the iteration early (a
 * client that hung up) ends the transaction and frees the client.
 */
export async function* keyDataElementRows(pool: Pool, filter: KeyDataElementFilter, batchSize = 2_000, schema = LIVE_READ_MODEL_SCHEMA): AsyncGenerator<KeyDataElementRow[]> {
  const s = assertSchemaName(schema);
  const client = await pool.connect();
  const products = new Map<string, MasterRecord | undefined>();
  const places = new Map<string, MasterRecord | undefined>();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    let after: [Date, string, number] = [new Date(0), '', 0];
    for (;;) {
      const where = 'lotIds' in filter ? 'e.lot_id = ANY($4::text[])' : 'e.occurred_at >= $4 AND e.occurred_at < $5';
      const { rows } = await client.query<EventRow>(
        `SELECT e.lot_id, e.stream_version, e.event_id, e.type, e.schema_version, e.occurred_at, e.recorded_at, e.actor_id, e.data, x.product_id
           FROM ${s}.lot_events e LEFT JOIN ${s}.lots x USING (lot_id)
          WHERE ${where} AND (e.occurred_at, e.lot_id COLLATE "C", e.stream_version) > ($1, $2, $3)
          ORDER BY e.occurred_at, e.lot_id COLLATE "C", e.stream_version LIMIT ${Number(batchSize)}`,
        [...after, ...('lotIds' in filter ? [filter.lotIds] : [filter.from, filter.to])],
      );
      if (rows.length === 0) return;
      const amending = await amendingEvents(client, s, [...new Set(rows.map((r) => r.lot_id))]);
      await loadMissing(client, `SELECT product_id AS id, names, gtin FROM ${s}.products WHERE product_id = ANY($1::text[])`, products, rows.map((r) => r.product_id));
      const rowsOut = rows.map((r) => ({ r, kde: keyDataElementsOf(r.lot_id, { type: r.type, schemaVersion: r.schema_version, data: r.data } as LotEvent, r.actor_id, shipmentOf(r, amending)) }));
      await loadMissing(client, `SELECT place_id AS id, names, gln FROM ${s}.places WHERE place_id = ANY($1::text[])`, places, rowsOut.map((o) => o.kde.locationId));
      yield rowsOut.map(({ r, kde }) => {
        const product = r.product_id ? products.get(r.product_id) : undefined;
        const place = kde.locationId ? places.get(kde.locationId) : undefined;
        return {
          traceability_lot_code: r.lot_id,
          product_description: nameOf(product?.names),
          product_id: r.product_id ?? '',
          gtin: product?.gtin ?? '',
          critical_tracking_event: kde.criticalTrackingEvent,
          event_date: kyrgyzstanDate(r.occurred_at),
          event_time: kyrgyzstanTime(r.occurred_at),
          quantity: kde.quantity ? String(kde.quantity.amount) : '',
          unit_of_measure: kde.quantity?.unit ?? '',
          location_description: nameOf(place?.names),
          location_id: kde.locationId ?? '',
          location_gln: place?.gln ?? '',
          reference_document_type: kde.referenceDocuments.map((d) => d.type).join('; '),
          reference_document_number: kde.referenceDocuments.map((d) => d.id).join('; '),
          source_party_id: kde.source?.partyId ?? '',
          source_location_id: kde.source?.placeId ?? '',
          destination_party_id: kde.destination?.partyId ?? '',
          destination_location_id: kde.destination?.placeId ?? '',
          destination_name: kde.destination?.name ?? '',
          destination_country: kde.destination?.country ?? '',
          input_lot_codes: kde.inputLotIds.join('; '),
          output_lot_codes: kde.outputLotIds.join('; '),
          record_status: statusOf(r, amending),
          amends_event_id: kde.amendsEventId ?? '',
          recorded_at: kyrgyzstanTime(r.recorded_at),
          recorded_by: r.actor_id ?? '',
          tamga_event_type: r.type,
          event_id: r.event_id,
        };
      });
      const last = rows[rows.length - 1];
      after = [last.occurred_at, last.lot_id, last.stream_version];
    }
  } finally {
    await client.query('COMMIT').catch(() => undefined);
    client.release();
  }
}

/** The corrections, retractions and shipments of the batch's lots: what status and receipts need. */
async function amendingEvents(client: PoolClient, s: string, lotIds: readonly string[]): Promise<Map<string, AmendingRow[]>> {
  const { rows } = await client.query<AmendingRow>(
    `SELECT lot_id, stream_version, event_id, type, data FROM ${s}.lot_events
      WHERE lot_id = ANY($1::text[]) AND type IN ('lot.corrected', 'lot.retracted', 'lot.shipped') ORDER BY lot_id, stream_version`,
    [lotIds],
  );
  const byLot = new Map<string, AmendingRow[]>();
  for (const row of rows) byLot.set(row.lot_id, [...(byLot.get(row.lot_id) ?? []), row]);
  return byLot;
}

/** The shipment a receipt closes: the latest one under its id before it. */
function shipmentOf(row: EventRow, amending: ReadonlyMap<string, AmendingRow[]>): LotShipped | undefined {
  if (row.type !== 'lot.received') return undefined;
  const shipped = (amending.get(row.lot_id) ?? []).filter((a) => a.type === 'lot.shipped' && a.stream_version < row.stream_version && a.data.shipmentId === row.data.shipmentId).at(-1);
  return shipped ? ({ type: 'lot.shipped', schemaVersion: 1, data: shipped.data } as unknown as LotShipped) : undefined;
}

/** Retracted when a retraction points at it; corrected when a correction does that is not itself retracted. */
function statusOf(row: EventRow, amending: ReadonlyMap<string, AmendingRow[]>): string {
  const of = amending.get(row.lot_id) ?? [];
  const retracted = new Set(of.filter((a) => a.type === 'lot.retracted').map((a) => a.data.retractsEventId as string));
  if (retracted.has(row.event_id)) return 'retracted';
  const corrected = of.some((a) => a.type === 'lot.corrected' && a.data.correctsEventId === row.event_id && !retracted.has(a.event_id));
  return corrected ? 'corrected' : 'standing';
}

async function loadMissing(client: PoolClient, sql: string, cache: Map<string, MasterRecord | undefined>, ids: readonly (string | null)[]): Promise<void> {
  const missing = [...new Set(ids.filter((id): id is string => id !== null && !cache.has(id)))];
  if (missing.length === 0) return;
  const { rows } = await client.query<MasterRecord & { id: string }>(sql, [missing]);
  for (const id of missing) cache.set(id, rows.find((r) => r.id === id));
}

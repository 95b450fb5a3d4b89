import { Pool } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Place, Product, Scheme } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { isoUtc, jsonRows } from '../inspector/sql-helpers';

/**
 * Which events of the lots reached are read: `origin`, the facts an origin dossier rests on (each
 * lot's first event, which made it: a harvest, or the one copy of a transformation, split or
 * merge on an output's stream; this shipment's exports; certificates, their revocations and
 * expiries; inspections; flags; amendments); `whole`, every event (the EPCIS document of the trace).
 */
export type TraceScope = 'origin' | 'whole';

/** The lot events a dossier's claims cite; amendments so corrected quantities and retractions read right. */
const ORIGIN_FACTS = ['lot.certified', 'lot.certificate-revoked', 'lot.certificate-expired', 'lot.inspected', 'lot.flagged', 'lot.corrected', 'lot.retracted'];

/** The recorded history behind an export shipment: events of every lot reached back from its lots. */
export interface ShipmentTrace {
  /** In log order, as stored (a multi-lot fact once per lot it touches). */
  readonly events: readonly EventEnvelope[];
  /** Lots whose inputs the depth bound left unread. */
  readonly stoppedAt: readonly string[];
}

interface EventRow {
  lotId: string; streamVersion: number; globalPosition: string; eventId: string; type: string; schemaVersion: number;
  occurredAt: string; recordedAt: string; actorId: string | null; data: unknown;
}

/**
 * Reads a shipment's trace back in one round trip: its lots by the export index, then the
 * inspector's genealogy (lot_links, by its primary key from output to inputs) walked to `maxDepth`
 * links, then every event of every lot reached. The walk is the inspector's own (UNION keeps each
 * (lot, depth) once, so a corrupt cycle ends at the bound). Null when no export carries the id.
 */
export async function readShipmentTrace(pool: Pool, shipmentId: string, maxDepth: number, scope: TraceScope = 'whole', schema = LIVE_READ_MODEL_SCHEMA): Promise<ShipmentTrace | null> {
  const s = assertSchemaName(schema);
  // A blended lot's inputs each hold a copy of the merge that consumed them: `origin` reads the fact
  // once, from the stream of the lot it made, and skips the custody and sales of upstream lots.
  const only = scope === 'origin' ? `WHERE e.stream_version = 1 OR e.type = ANY($3::text[]) OR (e.type = 'lot.exported' AND e.data->>'shipmentId' = $1)` : '';
  const { rows } = await pool.query<{ events: EventRow[]; stoppedAt: { lotId: string }[] }>(
    `WITH RECURSIVE walk(lot_id, depth) AS (
       SELECT DISTINCT lot_id, 0 FROM ${s}.lot_events WHERE type = 'lot.exported' AND data->>'shipmentId' = $1
       UNION
       SELECT l.input_lot_id, w.depth + 1 FROM walk w JOIN ${s}.lot_links l ON l.output_lot_id = w.lot_id WHERE w.depth < $2
     ),
     reached AS (SELECT lot_id, min(depth) AS depth FROM walk GROUP BY lot_id)
     SELECT ${jsonRows(`SELECT e.lot_id AS "lotId", e.stream_version AS "streamVersion", e.global_position::text AS "globalPosition", e.event_id AS "eventId",
                               e.type, e.schema_version AS "schemaVersion", ${isoUtc('e.occurred_at')} AS "occurredAt", ${isoUtc('e.recorded_at')} AS "recordedAt",
                               e.actor_id AS "actorId", e.data
                          FROM reached r JOIN ${s}.lot_events e USING (lot_id) ${only} ORDER BY e.global_position, e.lot_id`)} AS events,
            ${jsonRows(`SELECT r.lot_id AS "lotId" FROM reached r
                         WHERE r.depth >= $2 AND EXISTS (SELECT 1 FROM ${s}.lot_links l WHERE l.output_lot_id = r.lot_id) ORDER BY r.lot_id`)} AS "stoppedAt"`,
    scope === 'origin' ? [shipmentId, maxDepth, ORIGIN_FACTS] : [shipmentId, maxDepth],
  );
  const { events, stoppedAt } = rows[0];
  if (!events.some((e) => e.type === 'lot.exported' && (e.data as { shipmentId?: string }).shipmentId === shipmentId)) return null;
  return {
    events: events.map((e) => ({
      eventId: e.eventId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      streamId: e.lotId,
      streamVersion: e.streamVersion,
      globalPosition: e.globalPosition,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      actorId: e.actorId,
      data: e.data,
      // The read model keeps no metadata; nothing a dossier or its EPCIS rendering reads is in it.
      metadata: {},
    })),
    stoppedAt: stoppedAt.map((x) => x.lotId),
  };
}

/** The master data a dossier names and renders with, by id; what is not projected is absent. */
export interface DossierMasterDataRows {
  readonly places: readonly Place[];
  readonly products: readonly Product[];
  readonly schemes: readonly Scheme[];
}

/** Places (without their geometry, which a village's outline makes large), products and schemes by id, in one round trip (the latest version of each). */
export async function readDossierMasterData(
  pool: Pool,
  ids: { readonly placeIds: readonly string[]; readonly productIds: readonly string[]; readonly schemeIds: readonly string[] },
  schema = LIVE_READ_MODEL_SCHEMA,
): Promise<DossierMasterDataRows> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<DossierMasterDataRows>(
    `SELECT ${jsonRows(`SELECT place_id AS "placeId", version, kind, gln, names, parent_id AS "parentId" FROM ${s}.places WHERE place_id = ANY($1::text[])`)} AS places,
            ${jsonRows(`SELECT product_id AS "productId", version, gtin, names, category, unit, yield_bounds AS "yieldBounds" FROM ${s}.products WHERE product_id = ANY($2::text[])`)} AS products,
            ${jsonRows(`SELECT scheme_id AS "schemeId", version, kind, names, issuer_party_id AS "issuerPartyId", region_id AS "regionId" FROM ${s}.schemes WHERE scheme_id = ANY($3::text[])`)} AS schemes`,
    [ids.placeIds, ids.productIds, ids.schemeIds],
  );
  const strip = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null)) as T;
  return { places: rows[0].places.map(strip), products: rows[0].products.map(strip), schemes: rows[0].schemes.map(strip) };
}

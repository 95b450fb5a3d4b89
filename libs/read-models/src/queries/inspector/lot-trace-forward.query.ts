import { Pool } from 'pg';
import { Quantity, traceLots } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { isoUtc, jsonRows } from './sql-helpers';
import { TraceCompleteness, completenessOf, plus, roundedShare } from './trace-common';
import { LinkRow, lotLinkOf, traceWalkColumns, traceWalkCtes } from './trace-walk';

/** A lot downstream of the traced one, and where it stands now. */
export interface DownstreamLotView {
  readonly lotId: string;
  readonly productId: string | null;
  readonly depth: number;
  /** The fraction of this lot made from the traced lot. */
  readonly share: number;
  /** How much of this lot was made from the traced lot, in its own unit; null for the traced lot. */
  readonly fromTraced: Quantity | null;
  readonly status: string | null;
  readonly onHand: Quantity | null;
  readonly inTransit: Quantity | null;
  readonly held: boolean;
  readonly recallId: string | null;
  /** Who holds what is left of it, and where. */
  readonly custodians: readonly { readonly partyId: string; readonly placeId: string; readonly amount: number }[];
}

/** A packed unit of a reached lot. */
export interface ReachedUnitView {
  readonly lotId: string;
  readonly serial: string;
  readonly packedAt: string;
  readonly sold: { readonly saleId: string; readonly soldAt: string; readonly shopPlaceId: string } | null;
}

/** A shop a reached lot arrived at or was sold in. */
export interface ReachedShopView {
  readonly placeId: string;
  readonly names: Record<string, string> | null;
  readonly partyIds: readonly string[];
  readonly lots: readonly { readonly lotId: string; readonly received: Quantity | null; readonly sold: Quantity | null }[];
}

/** An export shipment that carried a reached lot abroad. */
export interface ReachedExportView {
  readonly shipmentId: string;
  readonly lotId: string;
  readonly quantity: Quantity;
  readonly exporterId: string | null;
  readonly fromPlaceId: string;
  readonly destinationCountry: string | null;
  /** The foreign buyer, an organisation as the export recorded it. */
  readonly buyer: { readonly name: string; readonly country: string } | null;
  readonly exportedAt: string;
}

/** Everything made from a lot and where it went: a recall's blast radius. */
export interface TraceForwardView extends TraceCompleteness {
  readonly lotId: string;
  readonly productId: string;
  readonly lots: readonly DownstreamLotView[];
  readonly units: readonly ReachedUnitView[];
  readonly shops: readonly ReachedShopView[];
  readonly exports: readonly ReachedExportView[];
  readonly summary: { readonly lots: number; readonly units: number; readonly unitsSold: number; readonly shops: number; readonly exports: number; readonly countries: readonly string[] };
}

interface LotRow {
  lotId: string; productId: string; unit: Quantity['unit']; status: string; onHand: number; inTransit: number; held: boolean;
  recallId: string | null; custodians: DownstreamLotView['custodians'];
}

interface MovementRow {
  lotId: string; kind: 'packed' | 'sold' | 'exported' | 'received'; amount: number; unit: Quantity['unit']; placeId: string; partyId: string | null;
  reference: string | null; detail: string | null; serials: string[] | null; occurredAt: string; buyer: { name: string; country: string } | null;
}

/**
 * Traces a lot forward through every transformation, split and merge, and gathers where the lots
 * reached went: units packed (and sold), shops, export shipments, and who still holds some. One
 * round trip; null when no such lot is projected.
 */
export async function traceLotForward(pool: Pool, lotId: string, maxDepth: number, schema = LIVE_READ_MODEL_SCHEMA): Promise<TraceForwardView | null> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<{ links: LinkRow[]; stoppedAt: { lotId: string }[]; lots: LotRow[]; movements: MovementRow[]; places: { placeId: string; kind: string; names: Record<string, string> }[] }>(
    `${traceWalkCtes(s, 'downstream')},
     movements AS (
       SELECT m.lot_id AS "lotId", m.kind, m.amount, m.unit, m.place_id AS "placeId", m.party_id AS "partyId", m.reference, m.detail, m.serials,
              ${isoUtc('m.occurred_at')} AS "occurredAt", CASE WHEN m.kind = 'exported' THEN e.data->'buyer' END AS buyer, m.stream_version
         FROM reached r JOIN ${s}.lot_movements m USING (lot_id)
         LEFT JOIN ${s}.lot_events e ON m.kind = 'exported' AND e.event_id = m.event_id
        WHERE NOT m.retracted AND m.kind IN ('packed', 'sold', 'exported', 'received')
     )
     SELECT ${traceWalkColumns(s, 'downstream')},
       ${jsonRows(`SELECT x.lot_id AS "lotId", x.product_id AS "productId", x.unit, x.status, x.on_hand_amount AS "onHand",
                          x.in_transit_amount AS "inTransit", x.held, x.recall_id AS "recallId", x.custodians
                     FROM reached r JOIN ${s}.lots x USING (lot_id)`)} AS lots,
       ${jsonRows(`SELECT * FROM movements ORDER BY "lotId", stream_version`)} AS movements,
       ${jsonRows(`SELECT p.place_id AS "placeId", p.kind, p.names FROM ${s}.places p
                    WHERE p.place_id IN (SELECT "placeId" FROM movements WHERE kind IN ('received', 'sold'))`)} AS places`,
    [lotId, maxDepth],
  );
  const { links, stoppedAt, lots, movements, places } = rows[0];
  const byId = new Map(lots.map((l) => [l.lotId, l]));
  const target = byId.get(lotId);
  if (!target) return null;
  const trace = traceLots(lotId, 'downstream', links.map(lotLinkOf));
  const outputProduct = new Map(links.map((l) => [l.outputLotId, l.outputProductId]));
  const units = unitsOf(movements);
  const exports = exportsOf(movements);
  const shopViews = shopsOf(movements, new Map(places.map((p) => [p.placeId, p])));
  return {
    lotId,
    productId: target.productId,
    ...completenessOf(maxDepth, stoppedAt, trace),
    lots: trace.lots.map((t) => {
      const lot = byId.get(t.lotId);
      const amount = (n: number | undefined) => (lot && n !== undefined ? { amount: Number(n), unit: lot.unit } : null);
      return {
        lotId: t.lotId,
        productId: lot?.productId ?? outputProduct.get(t.lotId) ?? null,
        depth: t.depth,
        share: roundedShare(t.share),
        fromTraced: t.quantity,
        status: lot?.status ?? null,
        onHand: amount(lot?.onHand),
        inTransit: amount(lot?.inTransit),
        held: lot?.held ?? false,
        recallId: lot?.recallId ?? null,
        custodians: lot?.custodians ?? [],
      };
    }),
    units,
    shops: shopViews,
    exports,
    summary: {
      lots: trace.lots.length,
      units: units.length,
      unitsSold: units.filter((u) => u.sold).length,
      shops: shopViews.length,
      exports: exports.length,
      countries: [...new Set(exports.map((e) => e.destinationCountry).filter((c): c is string => c !== null))].sort(),
    },
  };
}

function unitsOf(movements: readonly MovementRow[]): ReachedUnitView[] {
  const sold = new Map<string, ReachedUnitView['sold']>();
  for (const m of movements) {
    if (m.kind !== 'sold') continue;
    for (const serial of m.serials ?? []) sold.set(`${m.lotId}\u0000${serial}`, { saleId: m.reference ?? '', soldAt: m.occurredAt, shopPlaceId: m.placeId });
  }
  return movements
    .filter((m) => m.kind === 'packed')
    .flatMap((m) => (m.serials ?? []).map((serial) => ({ lotId: m.lotId, serial, packedAt: m.occurredAt, sold: sold.get(`${m.lotId}\u0000${serial}`) ?? null })));
}

function exportsOf(movements: readonly MovementRow[]): ReachedExportView[] {
  return movements
    .filter((m) => m.kind === 'exported')
    .map((m) => ({
      shipmentId: m.reference ?? '',
      lotId: m.lotId,
      quantity: { amount: Number(m.amount), unit: m.unit },
      exporterId: m.partyId,
      fromPlaceId: m.placeId,
      destinationCountry: m.detail,
      buyer: m.buyer,
      exportedAt: m.occurredAt,
    }));
}

/** Shops: where a reached lot was sold (only shops sell), or arrived at a place registered as a shop. */
function shopsOf(movements: readonly MovementRow[], places: ReadonlyMap<string, { kind: string; names: Record<string, string> }>): ReachedShopView[] {
  const shopIds = new Set(movements.filter((m) => m.kind === 'sold' || (m.kind === 'received' && places.get(m.placeId)?.kind === 'shop')).map((m) => m.placeId));
  const byShop = new Map<string, { parties: Set<string>; lots: Map<string, { received: Quantity | null; sold: Quantity | null }> }>();
  for (const m of movements) {
    if ((m.kind !== 'received' && m.kind !== 'sold') || !shopIds.has(m.placeId)) continue;
    const shop = byShop.get(m.placeId) ?? { parties: new Set<string>(), lots: new Map() };
    if (m.partyId) shop.parties.add(m.partyId);
    const lot = shop.lots.get(m.lotId) ?? { received: null, sold: null };
    const quantity = { amount: Number(m.amount), unit: m.unit };
    shop.lots.set(m.lotId, m.kind === 'received' ? { ...lot, received: plus(lot.received, quantity) } : { ...lot, sold: plus(lot.sold, quantity) });
    byShop.set(m.placeId, shop);
  }
  return [...byShop]
    .map(([placeId, shop]) => ({
      placeId,
      names: places.get(placeId)?.names ?? null,
      partyIds: [...shop.parties].sort(),
      lots: [...shop.lots].map(([lotId, q]) => ({ lotId, ...q })).sort((a, b) => a.lotId.localeCompare(b.lotId)),
    }))
    .sort((a, b) => a.placeId.localeCompare(b.placeId));
}

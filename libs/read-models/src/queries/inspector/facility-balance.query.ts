import { Pool } from 'pg';
import { LOSS_IN_TRANSIT_FLAG_PERCENT, Quantity } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { OPEN_FLAG_COLUMNS, OpenFlagView } from './open-flag-view';
import { jsonRows } from './sql-helpers';

/** The balance of one product at a facility, in the product's unit. */
export interface FacilityProductBalanceView {
  readonly productId: string;
  readonly unit: string;
  readonly in: { readonly harvested: Quantity; readonly made: Quantity; readonly received: Quantity };
  readonly out: { readonly consumed: Quantity; readonly shipped: Quantity; readonly sold: Quantity; readonly exported: Quantity };
  readonly onHand: Quantity;
  /** Of the shipments sent from here that have arrived: what did not. */
  readonly lostInTransit: Quantity;
  /** lostInTransit over what those shipments carried, two decimals. */
  readonly lossPercent: number;
}

/** What the facility's transformations consumed and made, per process (`split`, `merge` too). */
export interface FacilityProcessingView {
  readonly process: string;
  readonly facts: number;
  /** In base units (kg, l, piece), as yields are compared. */
  readonly consumed: number;
  readonly made: number;
  readonly yield: number;
  readonly lossPercent: number;
}

/** The mass balance of a facility (or a village, for harvests recorded without one). */
export interface FacilityBalanceView {
  readonly placeId: string;
  readonly kind: string | null;
  readonly names: Record<string, string> | null;
  readonly products: readonly FacilityProductBalanceView[];
  readonly processing: readonly FacilityProcessingView[];
  /** Balance findings (`loss-in-transit` over the threshold, `negative-on-hand`) and the open flags of lots that passed through. */
  readonly flags: readonly OpenFlagView[];
}

interface SumRow { productId: string; unit: Quantity['unit']; kind: string; amount: number }
interface ArrivedRow { productId: string; unit: Quantity['unit']; shipped: number; received: number }
interface ProcessingRow { process: string; facts: number; consumed: number; made: number }

const milli = (amount: number | undefined) => Math.round(Number(amount ?? 0) * 1000);

/**
 * A facility's balance per product from the movements recorded there: in (harvested, made,
 * received), out (consumed, shipped, sold, exported), on hand, and the loss on shipments sent from
 * here that have arrived. Null when the place is neither registered nor named by any movement.
 */
export async function findFacilityBalance(pool: Pool, placeId: string, schema = LIVE_READ_MODEL_SCHEMA): Promise<FacilityBalanceView | null> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<{ place: { kind: string; names: Record<string, string> } | null; sums: SumRow[]; arrived: ArrivedRow[]; processing: ProcessingRow[]; flags: OpenFlagView[] }>(
    `WITH here AS (
       SELECT m.*, x.product_id, x.unit AS lot_unit FROM ${s}.lot_movements m JOIN ${s}.lots x USING (lot_id)
        WHERE m.place_id = $1 AND NOT m.retracted AND m.kind <> 'packed'
     )
     SELECT (SELECT json_build_object('kind', kind, 'names', names) FROM ${s}.places WHERE place_id = $1) AS place,
       ${jsonRows(`SELECT product_id AS "productId", lot_unit AS unit, kind, sum(amount) AS amount FROM here GROUP BY 1, 2, 3`)} AS sums,
       ${jsonRows(`SELECT h.product_id AS "productId", h.lot_unit AS unit, sum(h.amount) AS shipped, sum(r.amount) AS received
                     FROM here h
                     JOIN LATERAL (SELECT sum(amount) AS amount FROM ${s}.lot_movements r
                                    WHERE r.lot_id = h.lot_id AND r.kind = 'received' AND r.reference = h.reference AND NOT r.retracted) r ON r.amount IS NOT NULL
                    WHERE h.kind = 'shipped' GROUP BY 1, 2`)} AS arrived,
       ${jsonRows(`SELECT coalesce(process, kind) AS process, count(*) AS facts, sum(inputs_base_milli) / 1000.0 AS consumed, sum(outputs_base_milli) / 1000.0 AS made
                     FROM ${s}.transformations WHERE place_id = $1 GROUP BY 1 ORDER BY 1`)} AS processing,
       ${jsonRows(`SELECT ${OPEN_FLAG_COLUMNS} FROM ${s}.open_lot_flags f WHERE f.lot_id IN (SELECT lot_id FROM here) ORDER BY f.raised_at, f.lot_id, f.flag_id`)} AS flags`,
    [placeId],
  );
  const { place, sums, arrived, processing, flags } = rows[0];
  if (!place && sums.length === 0) return null;
  const products = productBalances(sums, arrived);
  return {
    placeId,
    kind: place?.kind ?? null,
    names: place?.names ?? null,
    products,
    processing: processing.map((p) => ({
      process: p.process,
      facts: Number(p.facts),
      consumed: Number(p.consumed),
      made: Number(p.made),
      yield: Number(p.consumed) === 0 ? 0 : Math.round((Number(p.made) / Number(p.consumed)) * 10_000) / 10_000,
      lossPercent: Number(p.consumed) === 0 ? 0 : Math.round((1 - Number(p.made) / Number(p.consumed)) * 10_000) / 100,
    })),
    flags: [...balanceFindings(placeId, products), ...flags],
  };
}

function productBalances(sums: readonly SumRow[], arrived: readonly ArrivedRow[]): FacilityProductBalanceView[] {
  const keys = [...new Set(sums.map((r) => `${r.productId}\u0000${r.unit}`))].sort();
  return keys.map((key) => {
    const [productId, unit] = key.split('\u0000') as [string, Quantity['unit']];
    const sum = (kind: string) => milli(sums.find((r) => r.productId === productId && r.unit === unit && r.kind === kind)?.amount);
    const q = (m: number): Quantity => ({ amount: m / 1000, unit });
    const a = arrived.find((r) => r.productId === productId && r.unit === unit);
    const lost = a ? milli(a.shipped) - milli(a.received) : 0;
    const inTotal = sum('harvested') + sum('made') + sum('received');
    const outTotal = sum('consumed') + sum('shipped') + sum('sold') + sum('exported');
    return {
      productId,
      unit,
      in: { harvested: q(sum('harvested')), made: q(sum('made')), received: q(sum('received')) },
      out: { consumed: q(sum('consumed')), shipped: q(sum('shipped')), sold: q(sum('sold')), exported: q(sum('exported')) },
      onHand: q(inTotal - outTotal),
      lostInTransit: q(lost),
      lossPercent: a && milli(a.shipped) > 0 ? Math.round((lost * 10_000) / milli(a.shipped)) / 100 : 0,
    };
  });
}

function balanceFindings(placeId: string, products: readonly FacilityProductBalanceView[]): OpenFlagView[] {
  return products.flatMap((p): OpenFlagView[] => [
    ...(p.lossPercent > LOSS_IN_TRANSIT_FLAG_PERCENT
      ? [{ kind: 'loss-in-transit', lotId: null, flagId: `${placeId}:${p.productId}`, raisedAt: null, raisedBy: null, details: { productId: p.productId, lostInTransit: p.lostInTransit, lossPercent: p.lossPercent, thresholdPercent: LOSS_IN_TRANSIT_FLAG_PERCENT } }]
      : []),
    // Goods leave a facility only from what its custodians hold there; less than nothing means a
    // custodian gave out goods it had recorded elsewhere (or a record is missing).
    ...(p.onHand.amount < 0 ? [{ kind: 'negative-on-hand', lotId: null, flagId: `${placeId}:${p.productId}`, raisedAt: null, raisedBy: null, details: { productId: p.productId, onHand: p.onHand } }] : []),
  ]);
}

import { Pool } from 'pg';
import { Quantity } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { OPEN_FLAG_COLUMNS, OpenFlagView } from './open-flag-view';
import { isoUtc, jsonRows } from './sql-helpers';

/** One shipment of the lot and what arrived of it. */
export interface LotShipmentView {
  readonly shipmentId: string;
  readonly fromPlaceId: string;
  readonly toPlaceId: string | null;
  readonly shipped: Quantity;
  readonly received: Quantity | null;
  readonly lost: Quantity | null;
  readonly lossPercent: number | null;
  readonly shippedAt: string;
}

/** The mass balance of one lot, in its unit. */
export interface LotBalanceView {
  readonly lotId: string;
  readonly productId: string;
  readonly unit: string;
  readonly in: { readonly harvested: Quantity; readonly made: Quantity };
  readonly out: { readonly consumed: Quantity; readonly sold: Quantity; readonly exported: Quantity; readonly lostInTransit: Quantity };
  readonly custody: { readonly shipped: Quantity; readonly received: Quantity; readonly inTransit: Quantity };
  /** In minus out minus what is on the road: what the custodians hold. */
  readonly onHand: Quantity;
  /** Lost in transit, as a percentage of what came into being (two decimals). */
  readonly lossPercent: number;
  readonly shipments: readonly LotShipmentView[];
  /** The lot's open flags, and the balance's own findings (`ledger-mismatch`). */
  readonly flags: readonly OpenFlagView[];
}

interface MovementRow { kind: string; amount: number; placeId: string; counterPlaceId: string | null; reference: string | null; occurredAt: string }

const milli = (amount: number) => Math.round(Number(amount) * 1000);

/**
 * A lot's mass balance from its movements (corrected quantities, retracted ones left out), beside
 * the on-hand amount the lot's own fold holds: the two are derived separately, so a difference is
 * reported as a `ledger-mismatch` flag rather than hidden. Null when no such lot is projected.
 */
export async function findLotBalance(pool: Pool, lotId: string, schema = LIVE_READ_MODEL_SCHEMA): Promise<LotBalanceView | null> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<{ lot: { productId: string; unit: Quantity['unit']; onHand: number } | null; movements: MovementRow[]; flags: OpenFlagView[] }>(
    `SELECT (SELECT json_build_object('productId', product_id, 'unit', unit, 'onHand', on_hand_amount) FROM ${s}.lots WHERE lot_id = $1) AS lot,
       ${jsonRows(`SELECT kind, amount, place_id AS "placeId", counter_place_id AS "counterPlaceId", reference, ${isoUtc('occurred_at')} AS "occurredAt"
                     FROM ${s}.lot_movements WHERE lot_id = $1 AND NOT retracted AND kind <> 'packed' ORDER BY stream_version`)} AS movements,
       ${jsonRows(`SELECT ${OPEN_FLAG_COLUMNS} FROM ${s}.open_lot_flags f WHERE f.lot_id = $1 ORDER BY f.raised_at, f.flag_id`)} AS flags`,
    [lotId],
  );
  const { lot, movements, flags } = rows[0];
  if (!lot) return null;
  const q = (m: number): Quantity => ({ amount: m / 1000, unit: lot.unit });
  const sum = (kind: string) => movements.filter((m) => m.kind === kind).reduce((total, m) => total + milli(m.amount), 0);
  const shipments = shipmentsOf(movements, lot.unit);
  const lost = shipments.reduce((total, sh) => total + (sh.lost ? milli(sh.lost.amount) : 0), 0);
  const inTransit = shipments.reduce((total, sh) => total + (sh.received ? 0 : milli(sh.shipped.amount)), 0);
  const created = sum('harvested') + sum('made');
  const onHand = created - sum('consumed') - sum('sold') - sum('exported') - lost - inTransit;
  const mismatch: OpenFlagView[] =
    onHand === milli(lot.onHand)
      ? []
      : [{ kind: 'ledger-mismatch', lotId, flagId: lotId, raisedAt: null, raisedBy: null, details: { fromMovements: q(onHand), fromLotState: q(milli(lot.onHand)) } }];
  return {
    lotId,
    productId: lot.productId,
    unit: lot.unit,
    in: { harvested: q(sum('harvested')), made: q(sum('made')) },
    out: { consumed: q(sum('consumed')), sold: q(sum('sold')), exported: q(sum('exported')), lostInTransit: q(lost) },
    custody: { shipped: q(sum('shipped')), received: q(sum('received')), inTransit: q(inTransit) },
    onHand: q(onHand),
    lossPercent: created === 0 ? 0 : Math.round((lost * 10_000) / created) / 100,
    shipments,
    flags: [...flags, ...mismatch],
  };
}

/** Each shipment with what arrived of it (a receipt closes the latest shipment under its id). */
function shipmentsOf(movements: readonly MovementRow[], unit: Quantity['unit']): LotShipmentView[] {
  const open = new Map<string, { view: LotShipmentView; index: number }>();
  const views: LotShipmentView[] = [];
  for (const m of movements) {
    if (m.kind === 'shipped' && m.reference) {
      const view = { shipmentId: m.reference, fromPlaceId: m.placeId, toPlaceId: m.counterPlaceId, shipped: { amount: Number(m.amount), unit }, received: null, lost: null, lossPercent: null, shippedAt: m.occurredAt };
      open.set(m.reference, { view, index: views.push(view) - 1 });
    } else if (m.kind === 'received' && m.reference && open.has(m.reference)) {
      const { view, index } = open.get(m.reference)!;
      const lostMilli = milli(view.shipped.amount) - milli(m.amount);
      views[index] = {
        ...view,
        received: { amount: Number(m.amount), unit },
        lost: { amount: lostMilli / 1000, unit },
        lossPercent: Math.round((lostMilli * 10_000) / milli(view.shipped.amount)) / 100,
      };
      open.delete(m.reference);
    }
  }
  return views;
}


import { LotShipped } from '../../events/lot-custody.event';
import { RecordedLotEvent, occurredAtOf } from '../../lot-event';
import { milliIn } from '../../rules/milli';
import { LOSS_IN_TRANSIT_FLAG_PERCENT } from '../inspection-thresholds';
import { standingAmendmentsOf } from './standing-amendments';

/** What an open flag is about. Yield anomalies need the products' yield bounds: see yieldAnomalyOf. */
export type OpenFlagKind = 'origin-not-registered' | 'hold' | 'recall' | 'loss-in-transit';

/** Something about a lot inspectors must look at, still open. */
export interface OpenLotFlag {
  readonly lotId: string;
  /** The event that raised it (a flag, a hold, a recall, the short receipt). */
  readonly flagId: string;
  readonly kind: OpenFlagKind;
  readonly raisedAt: string;
  readonly raisedBy: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * The flags of a lot still open after its whole history: findings not retracted (a dismissed flag
 * is retracted), holds not released, recalls (a recall is never lifted, only retracted if recorded
 * in error), and receipts more than LOSS_IN_TRANSIT_FLAG_PERCENT short of their shipment.
 */
export function openFlagsOf(lotId: string, history: readonly RecordedLotEvent[]): OpenLotFlag[] {
  const { retracted, corrections } = standingAmendmentsOf(history);
  const standing = history.filter((r) => !retracted.has(r.eventId));
  const released = new Set(standing.flatMap((r) => (r.event.type === 'lot.released' ? [r.event.data.holdId] : [])));
  const flag = (r: RecordedLotEvent, kind: OpenFlagKind, details: Record<string, unknown>): OpenLotFlag => ({
    lotId,
    flagId: r.eventId,
    kind,
    raisedAt: occurredAtOf(r.event),
    raisedBy: r.actorId,
    details,
  });
  // The shipment a receipt closes is the latest one under its id before it (as the rules read it).
  const shipments = new Map<string, LotShipped>();
  return standing.flatMap((r): OpenLotFlag[] => {
    const e = r.event;
    switch (e.type) {
      case 'lot.shipped':
        shipments.set(e.data.shipmentId, e);
        return [];
      case 'lot.flagged': {
        const { lotId: _lot, flag: kind, flaggedAt: _at, ...details } = e.data;
        return [flag(r, kind, details)];
      }
      case 'lot.held':
        return released.has(e.data.holdId) ? [] : [flag(r, 'hold', { holdId: e.data.holdId, reason: e.data.reason })];
      case 'lot.recalled':
        return [flag(r, 'recall', { recallId: e.data.recallId, reason: e.data.reason, scope: e.data.scope, ...(e.data.serials ? { serials: e.data.serials } : {}) })];
      case 'lot.received': {
        const shipment = shipments.get(e.data.shipmentId);
        if (!shipment) return [];
        const unit = shipment.data.quantity.unit;
        const shipped = milliIn(shipment.data.quantity, unit, 'quantity');
        const received = milliIn(corrections.get(r.eventId)?.quantity ?? e.data.quantity, unit, 'quantity');
        const lossPercent = ((shipped - received) * 100) / shipped;
        if (lossPercent <= LOSS_IN_TRANSIT_FLAG_PERCENT) return [];
        return [
          flag(r, 'loss-in-transit', {
            shipmentId: e.data.shipmentId,
            shipped: { amount: shipped / 1000, unit },
            received: { amount: received / 1000, unit },
            lost: { amount: (shipped - received) / 1000, unit },
            lossPercent: Math.round(lossPercent * 100) / 100,
            thresholdPercent: LOSS_IN_TRANSIT_FLAG_PERCENT,
          }),
        ];
      }
      default:
        return [];
    }
  });
}

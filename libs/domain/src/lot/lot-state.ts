import { UnitCode } from '../shared/unit-of-measure';
import { Custody } from './events/lot-portion';
import { LotEvent, RecordedLotEvent, occurredAtOf } from './lot-event';
import { Milli, milliIn } from './rules/milli';

/** How much of a lot one party holds, and where it last put it. */
export interface Holding {
  readonly partyId: string;
  readonly placeId: string;
  readonly milli: Milli;
}

/** A quantity on its way from one custodian to another. */
export interface OpenShipment {
  readonly shipmentId: string;
  readonly milli: Milli;
  readonly from: Custody;
  readonly to: Custody;
  readonly shippedAt: string;
}

/** A certificate of the lot and where it stands. */
export interface CertificateOfLot {
  readonly certificateId: string;
  readonly schemeId: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly issuerId: string | null;
  readonly status: 'valid' | 'revoked' | 'expired';
}

/** What the rules remember of each recorded event: corrections and retractions point at it. */
export interface KnownEvent {
  readonly type: LotEvent['type'];
  readonly actorId: string | null;
  readonly retracted: boolean;
}

/** A lot that exists. Amounts are thousandths of `unit` (see Milli). */
export interface ExistingLot {
  /** `used-up` once nothing is on hand and nothing is in transit. */
  readonly status: 'active' | 'used-up';
  readonly lotId: string;
  readonly productId: string;
  readonly unit: UnitCode;
  readonly createdAt: string;
  readonly creatorId: string | null;
  readonly holdings: readonly Holding[];
  readonly inTransit: readonly OpenShipment[];
  /** Packed units not yet sold, with the size of each. */
  readonly packedUnits: ReadonlyMap<string, Milli>;
  /** Every serial ever packed: a serial is never reused within a lot. */
  readonly serialsEverPacked: ReadonlySet<string>;
  readonly openHolds: ReadonlyMap<string, { readonly heldBy: string | null }>;
  /** Set by a recall of the whole lot: then nothing of it may be used. */
  readonly recallId: string | null;
  /** Units recalled one by one (a recall of listed units): they may not be sold; the rest of the lot may. */
  readonly recalledSerials: ReadonlySet<string>;
  readonly certificates: readonly CertificateOfLot[];
  readonly events: ReadonlyMap<string, KnownEvent>;
  readonly latestEventAt: string;
}

/** What the rules need to know about a lot, folded from its events. */
export type LotState = { readonly status: 'absent' } | ExistingLot;

/** The state of a lot that has no events. */
export const ABSENT_LOT: LotState = { status: 'absent' };

/** The total a lot has on hand across its custodians. */
export function onHandMilli(lot: ExistingLot): Milli {
  return lot.holdings.reduce((sum, h) => sum + h.milli, 0);
}

/** How much of the lot one party holds. */
export function heldBy(lot: ExistingLot, partyId: string): Milli {
  return lot.holdings.find((h) => h.partyId === partyId)?.milli ?? 0;
}

function withHolding(holdings: readonly Holding[], partyId: string, placeId: string | null, delta: Milli): Holding[] {
  const existing = holdings.find((h) => h.partyId === partyId);
  const next = { partyId, placeId: placeId ?? existing?.placeId ?? '', milli: (existing?.milli ?? 0) + delta };
  return [...holdings.filter((h) => h.partyId !== partyId), next].filter((h) => h.milli !== 0);
}

function settled(lot: ExistingLot): ExistingLot {
  const empty = onHandMilli(lot) <= 0 && lot.inTransit.length === 0;
  return { ...lot, status: empty ? 'used-up' : 'active' };
}

function created(record: RecordedLotEvent, lotId: string, productId: string, unit: UnitCode, holder: string | null, placeId: string, milli: Milli): ExistingLot {
  const at = occurredAtOf(record.event);
  return {
    status: 'active',
    lotId,
    productId,
    unit,
    createdAt: at,
    creatorId: record.actorId,
    holdings: holder ? [{ partyId: holder, placeId, milli }] : [],
    inTransit: [],
    packedUnits: new Map(),
    serialsEverPacked: new Set(),
    openHolds: new Map(),
    recallId: null,
    recalledSerials: new Set(),
    certificates: [],
    events: new Map(),
    latestEventAt: at,
  };
}

/** The effect of one event on one lot. Total: the rules, not the fold, refuse impossible facts. */
function apply(state: LotState, lotId: string, record: RecordedLotEvent, event: LotEvent): LotState {
  if (state.status === 'absent') {
    switch (event.type) {
      case 'lot.harvested': {
        const d = event.data;
        return created(record, lotId, d.productId, d.quantity.unit, d.producerId, d.placeId ?? d.villageId, milliIn(d.quantity, d.quantity.unit, 'quantity'));
      }
      case 'lot.transformed':
      case 'lot.split':
      case 'lot.merged': {
        const output = event.data.outputs.find((o) => o.lotId === lotId);
        if (!output) return state;
        return created(record, lotId, output.productId, output.quantity.unit, record.actorId, event.data.placeId, milliIn(output.quantity, output.quantity.unit, 'quantity'));
      }
      default:
        return state;
    }
  }
  const lot = state;
  switch (event.type) {
    case 'lot.harvested':
      return lot;
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged': {
      const input = event.data.inputs.find((i) => i.lotId === lotId);
      if (!input || !record.actorId) return lot;
      return settled({ ...lot, holdings: withHolding(lot.holdings, record.actorId, null, -milliIn(input.quantity, lot.unit, 'quantity')) });
    }
    case 'lot.packed': {
      const size = milliIn(event.data.unitSize, lot.unit, 'unitSize');
      const packedUnits = new Map(lot.packedUnits);
      const serialsEverPacked = new Set(lot.serialsEverPacked);
      for (const serial of event.data.serials) {
        packedUnits.set(serial, size);
        serialsEverPacked.add(serial);
      }
      return { ...lot, packedUnits, serialsEverPacked };
    }
    case 'lot.shipped': {
      const d = event.data;
      const milli = milliIn(d.quantity, lot.unit, 'quantity');
      return settled({
        ...lot,
        holdings: withHolding(lot.holdings, d.from.partyId, d.from.placeId, -milli),
        inTransit: [...lot.inTransit, { shipmentId: d.shipmentId, milli, from: d.from, to: d.to, shippedAt: d.shippedAt }],
      });
    }
    case 'lot.received': {
      const d = event.data;
      return settled({
        ...lot,
        holdings: withHolding(lot.holdings, d.by.partyId, d.by.placeId, milliIn(d.quantity, lot.unit, 'quantity')),
        inTransit: lot.inTransit.filter((s) => s.shipmentId !== d.shipmentId),
      });
    }
    case 'lot.sold':
    case 'lot.exported': {
      const d = event.data;
      const partyId = event.type === 'lot.sold' ? event.data.at.partyId : event.data.from.partyId;
      const packedUnits = new Map(lot.packedUnits);
      for (const serial of (event.type === 'lot.sold' ? event.data.serials : undefined) ?? []) packedUnits.delete(serial);
      return settled({ ...lot, packedUnits, holdings: withHolding(lot.holdings, partyId, null, -milliIn(d.quantity, lot.unit, 'quantity')) });
    }
    case 'lot.certified': {
      const d = event.data;
      const certificate: CertificateOfLot = {
        certificateId: d.certificateId,
        schemeId: d.schemeId,
        validFrom: d.validFrom,
        validUntil: d.validUntil,
        issuerId: record.actorId,
        status: 'valid',
      };
      return { ...lot, certificates: [...lot.certificates, certificate] };
    }
    case 'lot.certificate-revoked':
    case 'lot.certificate-expired': {
      const status = event.type === 'lot.certificate-revoked' ? 'revoked' : 'expired';
      const id = event.data.certificateId;
      return { ...lot, certificates: lot.certificates.map((c) => (c.certificateId === id ? { ...c, status } : c)) };
    }
    case 'lot.held': {
      const openHolds = new Map(lot.openHolds);
      openHolds.set(event.data.holdId, { heldBy: record.actorId });
      return { ...lot, openHolds };
    }
    case 'lot.released': {
      const openHolds = new Map(lot.openHolds);
      openHolds.delete(event.data.holdId);
      return { ...lot, openHolds };
    }
    case 'lot.recalled':
      return event.data.scope === 'whole-lot'
        ? { ...lot, recallId: event.data.recallId }
        : { ...lot, recalledSerials: new Set([...lot.recalledSerials, ...(event.data.serials ?? [])]) };
    case 'lot.inspected':
    case 'lot.corrected':
    case 'lot.retracted':
    case 'lot.flagged':
      return lot;
  }
}

function remembered(state: LotState, record: RecordedLotEvent, retracted: boolean): LotState {
  if (state.status === 'absent') return state;
  const events = new Map(state.events);
  events.set(record.eventId, { type: record.event.type, actorId: record.actorId, retracted });
  const at = occurredAtOf(record.event);
  return { ...state, events, latestEventAt: at > state.latestEventAt ? at : state.latestEventAt };
}

/** The event as the lot's state reads it: with the quantity its latest correction gives. */
function corrected(event: LotEvent, corrections: ReadonlyMap<string, LotEvent>, eventId: string): LotEvent {
  const correction = corrections.get(eventId);
  if (!correction || correction.type !== 'lot.corrected' || !('quantity' in event.data)) return event;
  return { ...event, data: { ...event.data, quantity: correction.data.changes.quantity } } as LotEvent;
}

/**
 * Folds a lot's history into its state. Nothing recorded is ever edited, so the fold reads
 * corrections and retractions first: a retracted event has no effect, a corrected one counts with
 * its corrected quantity. A retracted correction no longer corrects.
 */
export function foldLot(lotId: string, history: readonly RecordedLotEvent[]): LotState {
  const retracted = new Set(history.flatMap((r) => (r.event.type === 'lot.retracted' ? [r.event.data.retractsEventId] : [])));
  const corrections = new Map(
    history.flatMap((r) => (r.event.type === 'lot.corrected' && !retracted.has(r.eventId) ? [[r.event.data.correctsEventId, r.event] as const] : [])),
  );
  let state: LotState = ABSENT_LOT;
  for (const record of history) {
    const isRetracted = retracted.has(record.eventId);
    if (!isRetracted) state = apply(state, lotId, record, corrected(record.event, corrections, record.eventId));
    state = remembered(state, record, isRetracted);
  }
  return state;
}

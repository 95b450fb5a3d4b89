import { Quantity } from '../../../shared/quantity';
import { LotEvent, RecordedLotEvent, occurredAtOf } from '../../lot-event';
import { StandingAmendments, standingAmendmentsOf } from './standing-amendments';

/**
 * How a quantity of a lot moved: into being (harvested, made), out of it (consumed by a
 * transformation, split or merge; sold; exported), between custodians (shipped, received), or
 * into units (packed, which moves nothing: the units stay part of the lot).
 */
export type MovementKind = 'harvested' | 'made' | 'consumed' | 'shipped' | 'received' | 'sold' | 'exported' | 'packed';

/** One movement of a lot, as a mass balance counts it. */
export interface LotMovement {
  readonly lotId: string;
  readonly eventId: string;
  readonly version: number;
  readonly kind: MovementKind;
  /** As the lot's state reads it: the latest standing correction's quantity, if any. */
  readonly quantity: Quantity;
  /** The facility (or village) where the lot's custodian gained or lost the quantity. */
  readonly placeId: string;
  readonly partyId: string | null;
  /** Where it went: the addressee of a shipment; the foreign buyer of an export is named in `detail`. */
  readonly counterpartyId: string | null;
  readonly counterPlaceId: string | null;
  /** The shipment, sale, packing or transformation this movement belongs to. */
  readonly reference: string | null;
  /** The process of a transformation (`split`, `merge`), the village of a harvest, the destination country of an export. */
  readonly detail: string | null;
  /** The units packed, or the units a sale scanned. */
  readonly serials: readonly string[] | null;
  readonly occurredAt: string;
  readonly retracted: boolean;
  readonly corrected: boolean;
}

type Base = Pick<LotMovement, 'placeId' | 'partyId' | 'kind' | 'quantity'> & Partial<LotMovement>;

function movementOf(lotId: string, record: RecordedLotEvent): Base | null {
  const event: LotEvent = record.event;
  switch (event.type) {
    case 'lot.harvested': {
      const d = event.data;
      return { kind: 'harvested', quantity: d.quantity, placeId: d.placeId ?? d.villageId, partyId: d.producerId, detail: d.villageId };
    }
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged': {
      const d = event.data;
      const detail = event.type === 'lot.transformed' ? event.data.process : event.type === 'lot.split' ? 'split' : 'merge';
      const common = { placeId: d.placeId, partyId: record.actorId, reference: d.transformationId, detail };
      const output = d.outputs.find((o) => o.lotId === lotId);
      if (output) return { ...common, kind: 'made', quantity: output.quantity };
      const input = d.inputs.find((i) => i.lotId === lotId);
      return input ? { ...common, kind: 'consumed', quantity: input.quantity } : null;
    }
    case 'lot.packed': {
      const d = event.data;
      const quantity = { amount: Math.round(d.unitSize.amount * 1000 * d.serials.length) / 1000, unit: d.unitSize.unit };
      return { kind: 'packed', quantity, placeId: d.placeId, partyId: record.actorId, reference: d.packingId, serials: d.serials };
    }
    case 'lot.shipped': {
      const d = event.data;
      return { kind: 'shipped', quantity: d.quantity, placeId: d.from.placeId, partyId: d.from.partyId, counterpartyId: d.to.partyId, counterPlaceId: d.to.placeId, reference: d.shipmentId };
    }
    case 'lot.received': {
      const d = event.data;
      return { kind: 'received', quantity: d.quantity, placeId: d.by.placeId, partyId: d.by.partyId, reference: d.shipmentId };
    }
    case 'lot.sold': {
      const d = event.data;
      return { kind: 'sold', quantity: d.quantity, placeId: d.at.placeId, partyId: d.at.partyId, reference: d.saleId, serials: d.serials ?? null };
    }
    case 'lot.exported': {
      const d = event.data;
      return { kind: 'exported', quantity: d.quantity, placeId: d.from.placeId, partyId: d.from.partyId, reference: d.shipmentId, detail: d.destinationCountry };
    }
    default:
      return null;
  }
}

/**
 * The movements of a lot's events. Given the whole history, each reads as the lot's state does
 * (corrected quantities, retractions marked); given only new events with no amendment among them,
 * the same rows those events get in the whole history, so a projection can append them.
 * Retracted movements are kept, marked, so that an event delivered again cannot bring one back.
 */
export function movementsOf(lotId: string, records: readonly RecordedLotEvent[], amendments: StandingAmendments = standingAmendmentsOf(records)): LotMovement[] {
  return records.flatMap((record) => {
    const base = movementOf(lotId, record);
    if (!base) return [];
    const correction = amendments.corrections.get(record.eventId);
    return [
      {
        lotId,
        eventId: record.eventId,
        version: record.version,
        counterpartyId: null,
        counterPlaceId: null,
        reference: null,
        detail: null,
        serials: null,
        ...base,
        quantity: correction && base.kind !== 'packed' ? correction.quantity : base.quantity,
        occurredAt: occurredAtOf(record.event),
        retracted: amendments.retracted.has(record.eventId),
        corrected: correction !== undefined,
      },
    ];
  });
}

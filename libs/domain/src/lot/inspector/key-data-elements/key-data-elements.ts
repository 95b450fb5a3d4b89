import { Quantity } from '../../../shared/quantity';
import { DocumentReference } from '../../events/lot-portion';
import { LotShipped } from '../../events/lot-custody.event';
import { LotEvent } from '../../lot-event';

/** A party at a place, or an organisation by name (a foreign buyer), as a source or destination. */
export interface TradingPartner {
  readonly partyId: string | null;
  readonly placeId: string | null;
  /** An organisation without a party id: the buyer of an export. Never a person. */
  readonly name?: string;
  /** ISO 3166-1 alpha-2, for an export's destination. */
  readonly country?: string;
}

/**
 * The key data elements of one event of one lot, after the US FDA's FSMA 204 records: which
 * critical tracking event it is, how much, where, which documents, from whom and to whom. A fact
 * touching several lots gives each lot its own quantity (what was taken from an input, what was made).
 */
export interface KeyDataElements {
  readonly criticalTrackingEvent: string;
  readonly quantity: Quantity | null;
  readonly locationId: string | null;
  readonly referenceDocuments: readonly DocumentReference[];
  readonly source: TradingPartner | null;
  readonly destination: TradingPartner | null;
  /** For a transformation, split or merge: the lots it consumed and the lots it made. */
  readonly inputLotIds: readonly string[];
  readonly outputLotIds: readonly string[];
  /** For a correction or retraction: the event it amends. */
  readonly amendsEventId: string | null;
}

const NONE = { quantity: null, locationId: null, referenceDocuments: [], source: null, destination: null, inputLotIds: [], outputLotIds: [], amendsEventId: null };

/**
 * The key data elements of `event` on lot `lotId`. A receipt names its sender and its documents
 * from the shipment it closes (`shipment`, the lot's latest `lot.shipped` under its id), since the
 * receipt itself carries neither.
 */
export function keyDataElementsOf(lotId: string, event: LotEvent, actorId: string | null, shipment?: LotShipped): KeyDataElements {
  switch (event.type) {
    case 'lot.harvested': {
      const d = event.data;
      const placeId = d.placeId ?? d.villageId;
      return { ...NONE, criticalTrackingEvent: 'Harvesting', quantity: d.quantity, locationId: placeId, source: { partyId: d.producerId, placeId } };
    }
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged': {
      const d = event.data;
      const mine = [...d.inputs, ...d.outputs].find((p) => p.lotId === lotId);
      return {
        ...NONE,
        criticalTrackingEvent: event.type === 'lot.transformed' ? 'Transformation' : event.type === 'lot.split' ? 'Transformation (split)' : 'Transformation (merge)',
        quantity: mine?.quantity ?? null,
        locationId: d.placeId,
        referenceDocuments: [{ type: 'transformation', id: d.transformationId }],
        source: { partyId: actorId, placeId: d.placeId },
        inputLotIds: d.inputs.map((i) => i.lotId),
        outputLotIds: d.outputs.map((o) => o.lotId),
      };
    }
    case 'lot.packed': {
      const d = event.data;
      const quantity = { amount: Math.round(d.unitSize.amount * 1000 * d.serials.length) / 1000, unit: d.unitSize.unit };
      return { ...NONE, criticalTrackingEvent: 'Packing', quantity, locationId: d.placeId, referenceDocuments: [{ type: 'packing', id: d.packingId }], source: { partyId: actorId, placeId: d.placeId } };
    }
    case 'lot.shipped': {
      const d = event.data;
      return { ...NONE, criticalTrackingEvent: 'Shipping', quantity: d.quantity, locationId: d.from.placeId, referenceDocuments: [{ type: 'shipment', id: d.shipmentId }, ...d.documents], source: d.from, destination: d.to };
    }
    case 'lot.received': {
      const d = event.data;
      return {
        ...NONE,
        criticalTrackingEvent: 'Receiving',
        quantity: d.quantity,
        locationId: d.by.placeId,
        referenceDocuments: [{ type: 'shipment', id: d.shipmentId }, ...(shipment?.data.documents ?? [])],
        source: shipment ? shipment.data.from : null,
        destination: d.by,
      };
    }
    case 'lot.sold': {
      const d = event.data;
      return { ...NONE, criticalTrackingEvent: 'Retail sale', quantity: d.quantity, locationId: d.at.placeId, referenceDocuments: [{ type: 'sale', id: d.saleId }], source: d.at, destination: { partyId: null, placeId: null, name: 'consumer' } };
    }
    case 'lot.exported': {
      const d = event.data;
      return {
        ...NONE,
        criticalTrackingEvent: 'Shipping (export)',
        quantity: d.quantity,
        locationId: d.from.placeId,
        referenceDocuments: [
          { type: 'shipment', id: d.shipmentId },
          { type: 'customs-declaration', id: d.customsDeclaration },
          { type: 'certificate-of-origin', id: d.certificateOfOrigin },
          ...d.documents,
        ],
        source: d.from,
        destination: { partyId: null, placeId: null, name: d.buyer.name, country: d.destinationCountry },
      };
    }
    case 'lot.inspected': {
      const d = event.data;
      return { ...NONE, criticalTrackingEvent: 'Inspection', locationId: d.placeId ?? null, referenceDocuments: d.report ? [d.report] : [{ type: 'inspection', id: d.inspectionId }] };
    }
    case 'lot.certified':
      return { ...NONE, criticalTrackingEvent: 'Certification', referenceDocuments: [{ type: 'certificate', id: event.data.certificateId }] };
    case 'lot.certificate-revoked':
      return { ...NONE, criticalTrackingEvent: 'Certificate revoked', referenceDocuments: [{ type: 'certificate', id: event.data.certificateId }] };
    case 'lot.certificate-expired':
      return { ...NONE, criticalTrackingEvent: 'Certificate expired', referenceDocuments: [{ type: 'certificate', id: event.data.certificateId }] };
    case 'lot.held':
      return { ...NONE, criticalTrackingEvent: 'Hold', referenceDocuments: [{ type: 'hold', id: event.data.holdId }] };
    case 'lot.released':
      return { ...NONE, criticalTrackingEvent: 'Hold released', referenceDocuments: [{ type: 'hold', id: event.data.holdId }] };
    case 'lot.recalled':
      return { ...NONE, criticalTrackingEvent: 'Recall', referenceDocuments: [{ type: 'recall', id: event.data.recallId }] };
    case 'lot.corrected':
      return { ...NONE, criticalTrackingEvent: 'Correction', quantity: event.data.changes.quantity, amendsEventId: event.data.correctsEventId };
    case 'lot.retracted':
      return { ...NONE, criticalTrackingEvent: 'Retraction', amendsEventId: event.data.retractsEventId };
    case 'lot.flagged':
      return { ...NONE, criticalTrackingEvent: 'Flag' };
  }
}

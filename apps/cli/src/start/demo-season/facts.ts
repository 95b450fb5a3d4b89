import {
  ExpireCertificate,
  PlaceHold,
  RecordCertification,
  RecordExport,
  RecordHarvest,
  RecordInspection,
  RecordMerge,
  RecordPacking,
  RecordRecall,
  RecordRetailSale,
  RecordShipment,
  RecordTransformation,
  ReleaseHold,
  RevokeCertificate,
} from '#tamga/domain';
import { DemoFact, EarlierFacts } from './demo-fact';

// One builder per capture endpoint, so the journey files read as the season's story: who did what,
// with which body. Ids the endpoint takes from its path are parameters, not body fields (the API
// refuses unknown body fields).

type Quantity = { readonly amount: number; readonly unit: string };

export const harvest = (name: string, by: string, body: RecordHarvest): DemoFact => ({ name, by, path: '/harvests', body });

export const merge = (name: string, by: string, body: RecordMerge): DemoFact => ({ name, by, path: '/merges', body });

export const transform = (name: string, by: string, body: RecordTransformation): DemoFact => ({ name, by, path: '/transformations', body });

export const pack = (name: string, by: string, lotId: string, body: Omit<RecordPacking, 'lotId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/packings`, body });

export const inspect = (name: string, by: string, lotId: string, body: Omit<RecordInspection, 'lotId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/inspections`, body });

export const certify = (name: string, by: string, lotId: string, body: Omit<RecordCertification, 'lotId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/certifications`, body });

export const revoke = (name: string, by: string, lotId: string, certificateId: string, body: Omit<RevokeCertificate, 'lotId' | 'certificateId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/certifications/${certificateId}/revocation`, body });

export const expire = (name: string, by: string, lotId: string, certificateId: string, body: Omit<ExpireCertificate, 'lotId' | 'certificateId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/certifications/${certificateId}/expiry`, body });

export const hold = (name: string, by: string, lotId: string, body: Omit<PlaceHold, 'lotId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/holds`, body });

export const release = (name: string, by: string, lotId: string, holdId: string, body: Omit<ReleaseHold, 'lotId' | 'holdId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/holds/${holdId}/release`, body });

export const recall = (name: string, by: string, lotId: string, body: Omit<RecordRecall, 'lotId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/recalls`, body });

export const sell = (name: string, by: string, lotId: string, body: Omit<RecordRetailSale, 'lotId'>): DemoFact =>
  ({ name, by, path: `/lots/${lotId}/sales`, body });

export const exportLots = (name: string, by: string, body: RecordExport): DemoFact => ({ name, by, path: '/exports', body });

/** A correction of an earlier event's quantity; the event is found among the earlier facts' answers. */
export function correct(
  name: string,
  by: string,
  lotId: string,
  corrects: { readonly fact: string; readonly type: string },
  body: { readonly reason: string; readonly quantity: Quantity; readonly correctedAt: string },
): DemoFact {
  return {
    name,
    by,
    path: `/lots/${lotId}/corrections`,
    body: (earlier: EarlierFacts) => ({ correctsEventId: earlier.eventId(corrects.fact, lotId, corrects.type), ...body }),
  };
}

/** Facts a field device recorded offline, each under the device's own id, uploaded in one batch. */
export function offlineUpload(name: string, by: string, facts: readonly { kind: string; clientEventId: string; fact: object }[]): DemoFact {
  return { name, by, path: '/lot-facts/batch', body: { facts }, offline: true };
}

/**
 * A shipment and its receipt: the sender ships from a place it operates, the addressee receives
 * everything that was shipped, at the place the shipment was addressed to.
 */
export function delivery(d: {
  readonly name: string;
  readonly by: string;
  readonly shipmentId: string;
  readonly fromPlaceId: string;
  readonly to: RecordShipment['to'];
  readonly lots: RecordShipment['lots'];
  readonly shippedAt: string;
  readonly receivedAt: string;
  readonly carrier?: string;
  readonly documents?: RecordShipment['documents'];
}): DemoFact[] {
  const { name, by, to, receivedAt, ...shipment } = d;
  return [
    { name: `${name}/shipment`, by, path: '/shipments', body: { ...shipment, to } },
    { name: `${name}/receipt`, by: to.partyId, path: `/shipments/${d.shipmentId}/receipts`, body: { lots: d.lots, receivedAt } },
  ];
}

import { LotCertificateExpired, LotCertificateRevoked, LotCertified } from './events/lot-certification.event';
import { LotCorrected, LotFlagged, LotRetracted } from './events/lot-amendment.event';
import { LotExported, LotSold } from './events/lot-disposal.event';
import { LotHarvested } from './events/lot-harvested.event';
import { LotHeld, LotRecalled, LotReleased } from './events/lot-hold.event';
import { LotInspected } from './events/lot-inspected.event';
import { LotPacked } from './events/lot-packed.event';
import { LotReceived, LotShipped } from './events/lot-custody.event';
import { LotMerged, LotSplit, LotTransformed } from './events/lot-transformed.event';

/** Every fact that can happen to a lot. */
export type LotEvent =
  | LotHarvested
  | LotTransformed
  | LotSplit
  | LotMerged
  | LotPacked
  | LotShipped
  | LotReceived
  | LotInspected
  | LotCertified
  | LotCertificateRevoked
  | LotCertificateExpired
  | LotHeld
  | LotReleased
  | LotRecalled
  | LotSold
  | LotExported
  | LotCorrected
  | LotRetracted
  | LotFlagged;

/** The wire type of a lot event. */
export type LotEventType = LotEvent['type'];

/** Every lot event's wire type; consumers that route on type use this list. */
export const LOT_EVENT_TYPES: readonly LotEventType[] = [
  'lot.harvested',
  'lot.transformed',
  'lot.split',
  'lot.merged',
  'lot.packed',
  'lot.shipped',
  'lot.received',
  'lot.inspected',
  'lot.certified',
  'lot.certificate-revoked',
  'lot.certificate-expired',
  'lot.held',
  'lot.released',
  'lot.recalled',
  'lot.sold',
  'lot.exported',
  'lot.corrected',
  'lot.retracted',
  'lot.flagged',
];

/** A lot event as it was recorded: with its id (corrections point at it) and its stream version. */
export interface RecordedLotEvent {
  readonly eventId: string;
  readonly version: number;
  readonly actorId: string | null;
  readonly event: LotEvent;
}

/** When a lot event says it happened. */
export function occurredAtOf(event: LotEvent): string {
  switch (event.type) {
    case 'lot.harvested': return event.data.harvestedAt;
    case 'lot.transformed': return event.data.transformedAt;
    case 'lot.split': return event.data.splitAt;
    case 'lot.merged': return event.data.mergedAt;
    case 'lot.packed': return event.data.packedAt;
    case 'lot.shipped': return event.data.shippedAt;
    case 'lot.received': return event.data.receivedAt;
    case 'lot.inspected': return event.data.inspectedAt;
    case 'lot.certified': return event.data.certifiedAt;
    case 'lot.certificate-revoked': return event.data.revokedAt;
    case 'lot.certificate-expired': return event.data.expiredAt;
    case 'lot.held': return event.data.heldAt;
    case 'lot.released': return event.data.releasedAt;
    case 'lot.recalled': return event.data.recalledAt;
    case 'lot.sold': return event.data.soldAt;
    case 'lot.exported': return event.data.exportedAt;
    case 'lot.corrected': return event.data.correctedAt;
    case 'lot.retracted': return event.data.retractedAt;
    case 'lot.flagged': return event.data.flaggedAt;
  }
}

import type { LotEvent } from '#tamga/domain';
import type { EventDraft } from './epcis-event';
import { EpcisRenderingError } from './epcis-rendering-error';
import type { LotRenderingContext } from './lot-rendering-context';
import { certificateExpiredDraft, certificateRevokedDraft, certifiedDraft } from './facts/certification.fact';
import { receivedDraft, shippedDraft } from './facts/custody.fact';
import { exportedDraft, soldDraft } from './facts/disposal.fact';
import { flaggedDraft } from './facts/flagged.fact';
import { harvestedDraft } from './facts/harvested.fact';
import { heldDraft, recalledDraft, releasedDraft } from './facts/hold.fact';
import { inspectedDraft } from './facts/inspected.fact';
import { packedDraft } from './facts/packed.fact';
import { transformationDraft } from './facts/transformation.fact';

/** Lot events that amend another event; they render as EPCIS error declarations, not as facts of their own. */
export type AmendmentEvent = Extract<LotEvent, { type: 'lot.corrected' | 'lot.retracted' }>;
/** Lot events that state a fact about goods (or, for flags, about a record), each rendering as one EPCIS event. */
export type FactEvent = Exclude<LotEvent, AmendmentEvent>;

/** The what, where and why of a fact; the switch is exhaustive, so a new lot event type fails to compile here. */
export function factDraft(event: FactEvent, context: LotRenderingContext): EventDraft {
  switch (event.type) {
    case 'lot.harvested': return harvestedDraft(event, context);
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged': return transformationDraft(event, context);
    case 'lot.packed': return packedDraft(event, context);
    case 'lot.shipped': return shippedDraft(event, context);
    case 'lot.received': return receivedDraft(event, context);
    case 'lot.inspected': return inspectedDraft(event, context);
    case 'lot.certified': return certifiedDraft(event, context);
    case 'lot.certificate-revoked': return certificateRevokedDraft(event, context);
    case 'lot.certificate-expired': return certificateExpiredDraft(event, context);
    case 'lot.held': return heldDraft(event, context);
    case 'lot.released': return releasedDraft(event, context);
    case 'lot.recalled': return recalledDraft(event, context);
    case 'lot.sold': return soldDraft(event, context);
    case 'lot.exported': return exportedDraft(event, context);
    case 'lot.flagged': return flaggedDraft(event, context);
    default: {
      const unknown: never = event;
      throw new EpcisRenderingError(`no EPCIS rendering for lot event type ${(unknown as { type: string }).type}`);
    }
  }
}

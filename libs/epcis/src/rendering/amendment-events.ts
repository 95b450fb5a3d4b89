import type { EventEnvelope } from '#tamga/contracts';
import { type LotCorrected, type LotRetracted, occurredAtOf } from '#tamga/domain';
import { withCorrectedQuantity } from './corrected-fact';
import type { EpcisEvent } from './epcis-event';
import { EpcisRenderingError } from './epcis-rendering-error';
import { kyrgyzstanTime } from './epcis-time';
import { type FactEvent, factDraft } from './fact-draft';
import { finaliseEvent } from './finalise-event';
import { lotEventOf } from './lot-event-of';
import type { LotRenderingContext } from './lot-rendering-context';
import { tamga } from './tamga-json-ld-context';

/**
 * EPCIS 2.0 never edits an event either: an error is declared by capturing the erroneous event
 * again, unchanged and under the same eventID, with an errorDeclaration (declarationTime, reason,
 * and optionally the eventIDs of corrective events that say what really happened).
 * - lot.retracted (the fact never happened) → that declaration, reason did_not_occur.
 * - lot.corrected (the fact's quantity was wrong) → two events: the corrective event (the fact with
 *   the right quantity, a new eventID) and the declaration, reason incorrect_data, pointing at it.
 * Both carry the amendment's recordTime and its free-text reason as `tamga:reason`.
 */

/** The recorded lot event an amendment names; it must exist and state a fact. */
function targetOf(eventId: string, context: LotRenderingContext): { envelope: EventEnvelope; fact: FactEvent } {
  const envelope = context.recordedEvent(eventId);
  if (!envelope) throw new EpcisRenderingError(`it amends event ${eventId}, which is not recorded`);
  const fact = lotEventOf(envelope);
  if (fact.type === 'lot.retracted') throw new EpcisRenderingError(`it amends event ${eventId}, a retraction, which cannot be amended`);
  return { envelope, fact: fact as FactEvent };
}

/**
 * The EPCIS event that stands for a recorded fact: its rendering, or for a correction its
 * corrective event (so retracting a correction declares that the corrective event did not occur).
 */
export function standingEventOf(envelope: EventEnvelope, context: LotRenderingContext): EpcisEvent {
  const event = lotEventOf(envelope);
  if (event.type === 'lot.corrected') {
    const [corrective] = correctionEvents(event, envelope, context);
    if (corrective.errorDeclaration !== undefined) throw new EpcisRenderingError(`correction ${envelope.eventId} has no corrective event to stand for it`);
    return corrective;
  }
  if (event.type === 'lot.retracted') throw new EpcisRenderingError(`event ${envelope.eventId} is a retraction, which stands for no event of its own`);
  return finaliseEvent(factDraft(event, context), occurredAtOf(event), envelope.recordedAt);
}

/** The erroneous event captured again with an errorDeclaration, recorded when the amendment was. */
function declaration(erroneous: EpcisEvent, recordedAt: string, errorDeclaration: Record<string, unknown>): EpcisEvent {
  return { ...erroneous, recordTime: kyrgyzstanTime(recordedAt, 'recordTime'), errorDeclaration };
}

/** A correction: the corrective event, then the declaration of the corrected event pointing at it. */
export function correctionEvents(event: LotCorrected, envelope: EventEnvelope, context: LotRenderingContext): [EpcisEvent, ...EpcisEvent[]] {
  const d = event.data;
  const target = targetOf(d.correctsEventId, context);
  const corrected = withCorrectedQuantity(target.fact, d.lotId, d.changes.quantity);
  const declared = (correctiveEventIDs: string[]) =>
    declaration(standingEventOf(target.envelope, context), envelope.recordedAt, {
      declarationTime: kyrgyzstanTime(d.correctedAt, 'correctedAt'),
      reason: 'incorrect_data',
      ...(correctiveEventIDs.length > 0 ? { correctiveEventIDs } : { [tamga('correctedQuantity')]: { ...d.changes.quantity } }),
      [tamga('reason')]: d.reason,
    });
  if (!corrected) return [declared([])];
  const corrective = finaliseEvent(factDraft(corrected, context), occurredAtOf(target.fact), envelope.recordedAt);
  return [corrective, declared([corrective.eventID])];
}

/** A retraction: the declaration that the retracted event did not occur. */
export function retractionEvent(event: LotRetracted, envelope: EventEnvelope, context: LotRenderingContext): EpcisEvent {
  const d = event.data;
  const target = targetOf(d.retractsEventId, context);
  return declaration(standingEventOf(target.envelope, context), envelope.recordedAt, {
    declarationTime: kyrgyzstanTime(d.retractedAt, 'retractedAt'),
    reason: 'did_not_occur',
    [tamga('reason')]: d.reason,
  });
}

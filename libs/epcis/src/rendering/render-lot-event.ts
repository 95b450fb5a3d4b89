import type { EventEnvelope } from '#tamga/contracts';
import { correctionEvents, retractionEvent, standingEventOf } from './amendment-events';
import type { EpcisEvent } from './epcis-event';
import { EpcisRenderingError } from './epcis-rendering-error';
import { lotEventOf } from './lot-event-of';
import type { LotRenderingContext } from './lot-rendering-context';

/**
 * The EPCIS 2.0 rendering of one stored lot event: one event for a fact, two for a correction (the
 * corrective event and the error declaration), one error declaration for a retraction. Pure and
 * deterministic: the same stored event and master data give byte-identical JSON and eventIDs.
 * Fails with an EpcisRenderingError naming the event when it cannot be rendered faithfully.
 */
export function renderLotEvent(envelope: EventEnvelope, context: LotRenderingContext): EpcisEvent[] {
  try {
    const event = lotEventOf(envelope);
    switch (event.type) {
      case 'lot.corrected': return correctionEvents(event, envelope, context);
      case 'lot.retracted': return [retractionEvent(event, envelope, context)];
      default: return [standingEventOf(envelope, context)];
    }
  } catch (error) {
    if (!(error instanceof EpcisRenderingError)) throw error;
    throw new EpcisRenderingError(`Cannot render event ${envelope.eventId} (${envelope.type}) of lot ${envelope.streamId}: ${error.message}`);
  }
}

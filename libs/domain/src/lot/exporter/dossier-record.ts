import { RecordedLotEvent } from '../lot-event';

/**
 * A recorded lot event as a dossier cites it: the event, the lot (stream) it was recorded on, when
 * it was stored and where in the log, and its EPCIS eventID (the CBV 2.0 hash of its rendering,
 * docs/adr/0007), which is what a buyer can recompute and what signatures and inclusion proofs
 * (issue 5) will be made over. The caller renders the hash: the domain knows no EPCIS.
 */
export interface DossierRecord extends RecordedLotEvent {
  readonly lotId: string;
  readonly recordedAt: string;
  readonly globalPosition: string;
  /** The eventID of the EPCIS event this record renders to (for a correction, the corrective event). */
  readonly epcisEventId: string;
}

/** How a dossier points at the event behind a claim: Tamga's id and the EPCIS eventID anyone can recompute. */
export interface EventCitation {
  readonly eventId: string;
  readonly epcisEventId: string;
}

/** The citation of a record. */
export function citationOf(record: DossierRecord): EventCitation {
  return { eventId: record.eventId, epcisEventId: record.epcisEventId };
}

import type { JsonLdContext } from '../json-ld-context';
import type { EpcisEvent } from './epcis-event';
import { kyrgyzstanTime } from './epcis-time';
import { TAMGA_EPCIS_CONTEXT } from './tamga-json-ld-context';

/** An EPCIS 2.0 document as Tamga writes it. */
export interface EpcisDocument {
  readonly '@context': JsonLdContext;
  readonly type: 'EPCISDocument';
  readonly schemaVersion: '2.0';
  readonly creationDate: string;
  readonly epcisBody: { readonly eventList: readonly EpcisEvent[] };
}

/** Everything of a document but its events, in output order. */
export type EpcisDocumentHeader = Omit<EpcisDocument, 'epcisBody'>;

/** The header of a document created at `creationDate` (written in Kyrgyzstan time, as every Tamga timestamp). */
export function epcisDocumentHeader(creationDate: Date): EpcisDocumentHeader {
  return {
    '@context': TAMGA_EPCIS_CONTEXT,
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: kyrgyzstanTime(creationDate.toISOString(), 'creationDate'),
  };
}

/** A whole document of the given events, in the order given. */
export function epcisDocumentOf(events: readonly EpcisEvent[], creationDate: Date): EpcisDocument {
  return { ...epcisDocumentHeader(creationDate), epcisBody: { eventList: events } };
}

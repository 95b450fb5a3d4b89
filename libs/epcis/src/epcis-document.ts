import { hashPrehash, type EventHashOptions } from './event-hash';
import type { JsonLdContext } from './json-ld-context';
import { eventHashPrehash } from './prehash';

/** The events of an EPCIS document in document order, with the document-level @context. */
export interface DocumentEvents {
  readonly context: JsonLdContext | undefined;
  readonly events: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const objectsOf = (value: unknown): ReadonlyArray<Readonly<Record<string, unknown>>> =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isObject);

/** Extracts the events of an EPCISDocument (epcisBody.eventList or epcisBody.event), an EPCISQueryDocument (epcisBody.queryResults.resultsBody.eventList), a bare event list or a single event. */
export function eventsOfEpcisDocument(document: unknown): DocumentEvents {
  if (Array.isArray(document)) return { context: undefined, events: objectsOf(document) };
  if (!isObject(document)) throw new TypeError('Not an EPCIS document, event list or event');
  const context = document['@context'] as JsonLdContext | undefined;
  const body = document['epcisBody'];
  if (isObject(body)) {
    const results = isObject(body['queryResults']) ? body['queryResults']['resultsBody'] : undefined;
    const list = body['eventList'] ?? (isObject(results) ? results['eventList'] : undefined) ?? body['event'];
    return { context, events: objectsOf(list) };
  }
  if (typeof document['type'] === 'string') return { context: undefined, events: [document] };
  throw new TypeError('Not an EPCIS document, event list or event');
}

/** The pre-hash string of every event of an EPCIS document, in document order. */
export function prehashEpcisDocument(document: unknown): string[] {
  const { context, events } = eventsOfEpcisDocument(document);
  return events.map((event) => eventHashPrehash(event, context));
}

/** The CBV 2.0 EPCIS Event Hash ID of every event of an EPCIS document, in document order. */
export function hashEpcisDocument(document: unknown, options: EventHashOptions = {}): string[] {
  return prehashEpcisDocument(document).map((prehash) => hashPrehash(prehash, options));
}

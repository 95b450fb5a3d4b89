import type { EventEnvelope } from '#tamga/contracts';
import { masterDataLookupOf } from '#tamga/domain';
import { hashEpcisDocument } from '../epcis-document';
import { eventHash } from '../event-hash';
import { documentEventsOf } from './document-events';
import { EpcisRenderingError } from './epcis-rendering-error';
import { epcisDocumentOf } from './epcis-document';
import { renderLotEvent } from './render-lot-event';
import { TAMGA_EPCIS_CONTEXT } from './tamga-json-ld-context';
import { journeyFixture } from './testing/journey-envelopes.testing';

const { envelopes, context, envelope, journey } = journeyFixture();
const NI = /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/;

/** Every envelope again, with its data rebuilt with keys in reverse order (as jsonb may hand them back). */
const reordered = (e: EventEnvelope): EventEnvelope => {
  const reverse = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
  return { ...e, data: reverse(structuredClone(e.data)) };
};

describe('eventIDs and determinism', () => {
  it('names every event by a CBV 2.0 event hash of itself, which the document-level hash confirms', () => {
    const events = documentEventsOf(envelopes, context);
    for (const event of events) {
      const { eventID, ...rest } = event;
      expect(eventID).toMatch(NI);
      expect(eventHash(rest, TAMGA_EPCIS_CONTEXT)).toBe(eventID);
    }
    expect(hashEpcisDocument(epcisDocumentOf(events, new Date()))).toEqual(events.map((e) => e.eventID));
  });

  it('renders the same stored event byte for byte the same, whatever order its data keys come in', () => {
    for (const e of envelopes) {
      expect(JSON.stringify(renderLotEvent(reordered(e), context))).toBe(JSON.stringify(renderLotEvent(e, context)));
    }
  });

  it('gives distinct facts distinct eventIDs (only error declarations repeat the eventID they declare)', () => {
    const events = documentEventsOf(envelopes, context).filter((e) => e.errorDeclaration === undefined);
    expect(new Set(events.map((e) => e.eventID)).size).toBe(events.length);
  });

  it('keeps the eventID when only recordTime differs, and changes it when the fact differs', () => {
    const harvest = envelope('lot.harvested');
    const [original] = renderLotEvent(harvest, context);
    const [later] = renderLotEvent({ ...harvest, recordedAt: '2027-01-01T00:00:00Z' }, context);
    const [heavier] = renderLotEvent({ ...harvest, data: { ...(harvest.data as object), quantity: { amount: 181, unit: 'KGM' } } }, context);
    expect(later.eventID).toBe(original.eventID);
    expect(heavier.eventID).not.toBe(original.eventID);
  });

  it('reads only master data that never changes: renaming a village changes no byte; no GLN is an error naming it', () => {
    const renamed = journey.masterData.places.map((p) => ({ ...p, version: 2, names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga village' } }));
    const revisedContext = { ...context, masterData: masterDataLookupOf({ ...journey.masterData, places: renamed }) };
    for (const e of envelopes) expect(JSON.stringify(renderLotEvent(e, revisedContext))).toBe(JSON.stringify(renderLotEvent(e, context)));
    const noPlaces = { ...context, masterData: masterDataLookupOf({ ...journey.masterData, places: [] }) };
    expect(() => renderLotEvent(envelope('lot.harvested'), noPlaces)).toThrow(EpcisRenderingError);
    expect(() => renderLotEvent(envelope('lot.harvested'), noPlaces)).toThrow(/place apiary:tamga-1-t1 is not in the master data/);
  });

  it('refuses a stored event that is no lot event, rather than leave it out silently', () => {
    expect(() => renderLotEvent({ ...envelope('lot.held'), type: 'lot.teleported' }, context)).toThrow(/lot.teleported is not a lot event type/);
  });
});

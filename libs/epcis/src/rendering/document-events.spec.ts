import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '#tamga/contracts';
import { DocumentEventCollector, compareGlobalPositions, documentEventsOf } from './document-events';
import { journeyFixture } from './testing/journey-envelopes.testing';

const { envelopes, context, journey } = journeyFixture();

describe('assembling a document\'s events', () => {
  it('keeps one event per multi-lot fact, though each fact is stored once per lot it touches', () => {
    const stored = envelopes.filter((e) => ['lot.merged', 'lot.transformed', 'lot.split'].includes(e.type));
    expect(stored).toHaveLength(9);
    const transformations = documentEventsOf(envelopes, context).filter((e) => e.type === 'TransformationEvent');
    expect(transformations.map((e) => e.transformationID)).toEqual([
      'urn:tamga:transformation:T1-merge-1',
      'urn:tamga:transformation:T1-extract-1',
      'urn:tamga:transformation:T1-split-1',
    ]);
  });

  it('keeps the first copy in log order, with its recordTime', () => {
    const copies = envelopes.filter((e) => e.type === 'lot.merged');
    const [merge] = documentEventsOf([...copies].reverse(), context);
    expect(merge.recordTime).toBe('2026-07-20T10:00:00.000+06:00');
  });

  it('puts events in log order, whatever order they are given in', () => {
    const shuffled = [...envelopes].sort((a, b) => a.eventId.localeCompare(b.eventId) * -1);
    expect(documentEventsOf(shuffled, context)).toEqual(documentEventsOf(envelopes, context));
  });

  it('has every fact once: one event per stored fact, two for a correction', () => {
    const facts = journey.facts.length;
    expect(documentEventsOf(envelopes, context)).toHaveLength(facts + 1);
  });

  it('keeps an error declaration beside the event it declares, but the same declaration only once', () => {
    const retraction = envelopes.find((e) => e.type === 'lot.retracted')!;
    const again: EventEnvelope = { ...retraction, eventId: randomUUID(), globalPosition: String(envelopes.length + 1) };
    const collector = new DocumentEventCollector(context);
    const events = [...envelopes, again].flatMap((e) => collector.add(e));
    expect(events.filter((e) => (e.errorDeclaration as { reason?: string } | undefined)?.reason === 'did_not_occur')).toHaveLength(1);
    expect(events.filter((e) => e['tamga:saleId'] === 'T1-sale-2')).toHaveLength(2);
  });

  it('orders global positions as numbers, not as text', () => {
    expect(['10', '9', '100', '11'].sort(compareGlobalPositions)).toEqual(['9', '10', '11', '100']);
  });
});

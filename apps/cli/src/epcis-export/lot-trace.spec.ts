import type { EventEnvelope } from '#tamga/contracts';
import { journeyFixture } from '../../../../libs/epcis/src/rendering/testing/journey-envelopes.testing';
import { inMemoryLog } from './journey-log.testing';
import { UnknownLotError, traceEventsOf } from './lot-trace';

const { journey, envelopes, lot } = journeyFixture();
const lotsIn = (events: readonly EventEnvelope[]) => new Set(events.map((e) => e.streamId));

describe('the trace of a lot', () => {
  it('holds the lot, everything it was made from, and nothing made beside it', async () => {
    const log = inMemoryLog(journey, envelopes);
    const trace = await traceEventsOf(lot.jars, log.read);
    expect(lotsIn(trace)).toEqual(new Set([lot.jars, lot.honey, lot.pool, lot.combA, lot.combB]));
    // Every event of those lots, no other: the sibling H2's export and the wax's recall stay out.
    expect(trace).toHaveLength(envelopes.filter((e) => lotsIn(trace).has(e.streamId)).length);
    expect(trace.some((e) => e.type === 'lot.exported' || (e.type === 'lot.recalled' && e.streamId === lot.wax))).toBe(false);
  });

  it('follows a lot downstream through every output, transitively, and not back up to other inputs', async () => {
    const trace = await traceEventsOf(lot.combA, inMemoryLog(journey, envelopes).read);
    expect(lotsIn(trace)).toEqual(new Set([lot.combA, lot.pool, lot.honey, lot.wax, lot.jars, lot.bulk]));
  });

  it('reads one generation of lots per query', async () => {
    const log = inMemoryLog(journey, envelopes);
    await traceEventsOf(lot.jars, log.read);
    expect(log.requests).toEqual([[lot.jars], [lot.honey], [lot.pool], [lot.combA, lot.combB]]);
  });

  it('ends on a cycle a bad record could make', async () => {
    const transformation = envelopes.find((e) => e.type === 'lot.transformed')!;
    const loop = (id: string, from: string, to: string): EventEnvelope => ({
      ...transformation,
      eventId: id,
      streamId: from,
      data: { ...(transformation.data as object), inputs: [{ lotId: from, productId: 'p', quantity: { amount: 1, unit: 'KGM' } }], outputs: [{ lotId: to, productId: 'p', quantity: { amount: 1, unit: 'KGM' } }] },
    });
    const cycle = [loop('a', 'A', 'B'), loop('b', 'B', 'A'), { ...loop('c', 'A', 'B'), streamId: 'B' }, { ...loop('d', 'B', 'A'), streamId: 'A' }];
    const trace = await traceEventsOf('A', inMemoryLog(journey, cycle).read);
    expect(lotsIn(trace)).toEqual(new Set(['A', 'B']));
  });

  it('refuses a lot with no events', async () => {
    await expect(traceEventsOf('NO-SUCH-LOT', inMemoryLog(journey, envelopes).read)).rejects.toThrow(UnknownLotError);
    await expect(traceEventsOf('NO-SUCH-LOT', inMemoryLog(journey, envelopes).read)).rejects.toThrow('Lot NO-SUCH-LOT is unknown');
  });
});

import { BulkEvent } from '#tamga/event-store';
import { LotBook } from '../ledger/lot-book';
import { SeededRandom } from '../seeded-random';
import { datasetIds } from '../world/dataset-ids';
import { planWorld } from '../world/plan-world';
import { registerWorld } from '../world/register-world';
import { UnitSerialRow } from '../writing/pending-event';
import { CycleDays, MASTER_DATA_AT } from './calendar';
import { runCycle } from './cycle';
import { Season } from './season';

/** Runs `cycles` cycles of seed `seed` in memory: every fact passes the real rules or the run throws. */
function generate(seed: number, cycles: number): { events: BulkEvent[]; serials: UnitSerialRow[] } {
  const events: BulkEvent[] = [];
  const serials: UnitSerialRow[] = [];
  const sink = { add: (e: BulkEvent) => void events.push(e), reserveSerials: (rows: readonly UnitSerialRow[]) => void serials.push(...rows) };
  const ids = datasetIds(seed);
  const random = new SeededRandom(seed);
  const plan = planWorld(ids, { beekeepersPerVillage: 20, herdersPerVillage: 10 });
  const { masterData } = registerWorld(plan, random, sink, MASTER_DATA_AT);
  const book = new LotBook(masterData, random, sink, new Date('2026-11-20T00:00:00Z'));
  const season = new Season(book, plan.world, random, ids.lotPrefix, new CycleDays(0, cycles));
  for (let c = 0; c < cycles; c++) {
    season.days = new CycleDays(c, cycles);
    runCycle(season, c);
    book.forgetAll();
  }
  return { events, serials };
}

describe('a generated season', () => {
  const { events, serials } = generate(1, 12);
  const lotEvents = events.filter((e) => e.type.startsWith('lot.'));

  it('is the same for the same seed, event for event', () => {
    expect(generate(1, 12).events).toEqual(events);
    expect(generate(2, 2).events[0].eventId).not.toBe(events[0].eventId);
  });

  it('numbers every stream from 1 without gaps, and never reuses an event id or a serial', () => {
    const versions = new Map<string, number>();
    for (const e of events) {
      expect(e.streamVersion).toBe((versions.get(e.streamId) ?? 0) + 1);
      versions.set(e.streamId, e.streamVersion);
    }
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    expect(new Set(serials.map((s) => `${s.productId} ${s.serial}`)).size).toBe(serials.length);
  });

  it('records every kind of lot fact, about 700 events a cycle', () => {
    const types = new Set(lotEvents.map((e) => e.type));
    for (const type of ['lot.harvested', 'lot.merged', 'lot.transformed', 'lot.split', 'lot.packed', 'lot.shipped', 'lot.received', 'lot.inspected', 'lot.certified', 'lot.sold', 'lot.exported', 'lot.held', 'lot.released', 'lot.certificate-revoked', 'lot.certificate-expired']) {
      expect(types).toContain(type);
    }
    expect(lotEvents.length / 12).toBeGreaterThan(600);
    expect(lotEvents.length / 12).toBeLessThan(800);
  });

  it('makes jam packing lots 8 generations from the harvests', () => {
    const inputsOf = new Map<string, string[]>();
    for (const e of lotEvents) {
      if (e.type !== 'lot.merged' && e.type !== 'lot.transformed' && e.type !== 'lot.split') continue;
      const data = e.data as { inputs: { lotId: string }[]; outputs: { lotId: string }[] };
      for (const o of data.outputs) inputsOf.set(o.lotId, data.inputs.map((i) => i.lotId));
    }
    const depth = (lotId: string): number => Math.max(0, ...(inputsOf.get(lotId) ?? []).map((i) => depth(i) + 1));
    const packingLots = [...inputsOf.keys()].filter((id) => id.startsWith('D1JP'));
    expect(packingLots.length).toBe(48);
    for (const lotId of packingLots) expect(depth(lotId)).toBe(8);
  });
});

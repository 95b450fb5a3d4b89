import type { Pool } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Kafka, KafkaEventPublisher } from '#tamga/messaging';
import {
  Projector, applyBatch, findLotBalance, readModelDdl, replayAndCompare, tableChecksums, traceLotBack, traceLotForward,
} from '#tamga/read-models';
import { journeyEnvelopes } from '../../../libs/epcis/src/rendering/testing/journey-envelopes.testing';
import { lotJourney } from '../../../libs/epcis/src/rendering/testing/lot-journey.testing';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

/**
 * The inspector's read models (lot_links, transformations, lot_movements, open_lot_flags) fed by a
 * season with every lot event type through a real broker, and read back by the trace and balance
 * queries: two honeycomb harvests merged, extracted into honey and wax, the honey split, packed,
 * shipped (a little short), sold (one sale retracted), exported; a harvest corrected, one flagged.
 */
describe('inspector read models: genealogy, movements and open flags (real broker, real Postgres)', () => {
  let pool: Pool;
  let kafka: Kafka;
  let topic: string;
  let live: string;
  let projector: Projector;
  const journey = lotJourney(unique('T').slice(0, 6).toUpperCase(), () => crypto.randomUUID());
  // The fixture records no actor; the fold takes a transformation's inputs from its recorder's holding.
  const envelopes = journeyEnvelopes(journey).map((e) => ({ ...e, actorId: journey.masterData.parties[2].partyId }));
  const { lot } = journey;
  const eventsIn = async (schema: string) => (await pool.query(`SELECT count(*)::int AS n FROM ${schema}.lot_events`)).rows[0].n;

  beforeAll(async () => {
    pool = testPool(10);
    kafka = testKafka();
    topic = await freshTopic(kafka, 3);
    live = unique('live_');
    await pool.query(readModelDdl(live));
    projector = new Projector(kafka, pool, { topic, groupId: unique('live-'), schema: live });
    await projector.start();
    const publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    await publisher.publish(envelopes);
    // The relay republishes after a crash: amended events again, after their amendments.
    const again = new Set([journey.facts[0].copies[0].eventId, ...journey.facts.filter((f) => f.event.type === 'lot.held' || f.event.type === 'lot.sold').flatMap((f) => f.copies.map((c) => c.eventId))]);
    await publisher.publish(envelopes.filter((e) => again.has(e.eventId)));
    await publisher.disconnect();
    await eventually(async () => ((await eventsIn(live)) === envelopes.length ? true : undefined), 30_000, 'the season projected');
  }, 90_000);

  afterAll(async () => {
    await projector.stop();
    await pool.end();
  });

  it('records each link of a multi-lot fact once, whichever copy arrived first', async () => {
    const { rows } = await pool.query(`SELECT input_lot_id, output_lot_id, kind, taken_amount::float8 AS taken, made_amount::float8 AS made FROM ${live}.lot_links ORDER BY occurred_at, input_lot_id, output_lot_id`);
    expect(rows).toEqual([
      { input_lot_id: lot.combA, output_lot_id: lot.pool, kind: 'merged', taken: 170, made: 265.5 },
      { input_lot_id: lot.combB, output_lot_id: lot.pool, kind: 'merged', taken: 95.5, made: 265.5 },
      { input_lot_id: lot.pool, output_lot_id: lot.honey, kind: 'transformed', taken: 265.5, made: 200 },
      { input_lot_id: lot.pool, output_lot_id: lot.wax, kind: 'transformed', taken: 265.5, made: 30 },
      { input_lot_id: lot.honey, output_lot_id: lot.jars, kind: 'split', taken: 200, made: 120 },
      { input_lot_id: lot.honey, output_lot_id: lot.bulk, kind: 'split', taken: 200, made: 80 },
    ]);
  });

  it('traces the jars back to both harvests, with the share and quantity each contributed', async () => {
    const trace = (await traceLotBack(pool, lot.jars, 32, live))!;
    expect(trace).toMatchObject({ complete: true, depthLimitReached: false, cycleLotIds: [] });
    expect(trace.lots.map((l) => [l.lotId, l.depth])).toEqual([[lot.jars, 0], [lot.honey, 1], [lot.pool, 2], [lot.combA, 3], [lot.combB, 3]]);
    // 120 of the 200 kg of honey, which took all 265.5 kg of comb that also made 30 kg of wax.
    expect(trace.origins.map((o) => [o.lotId, o.share, o.contributed])).toEqual([
      [lot.combA, 0.640301, { amount: 88.696, unit: 'KGM' }],
      [lot.combB, 0.359699, { amount: 49.826, unit: 'KGM' }],
    ]);
    expect(trace.villages.map((v) => [v.villageId, v.share])).toEqual([
      [journey.masterData.places[2].placeId, 0.640301],
      [journey.masterData.places[3].placeId, 0.359699],
    ]);
  });

  it('traces a harvest forward to every lot, unit, shop and export it reached', async () => {
    const trace = (await traceLotForward(pool, lot.combB, 32, live))!;
    expect(trace.lots.map((l) => l.lotId)).toEqual([lot.combB, lot.pool, lot.honey, lot.wax, lot.jars, lot.bulk]);
    expect(trace.lots.find((l) => l.lotId === lot.wax)).toMatchObject({ share: 0.359699, fromTraced: { amount: 10.791, unit: 'KGM' }, recallId: `${journey.tag}-recall-1` });
    expect(trace.units.map((u) => [u.serial, u.sold?.saleId ?? null])).toEqual([['0001', `${journey.tag}-sale-1`], ['0002', null], ['0003', null], ['0004', null]]);
    // The retracted sale of 1 kg is not counted.
    expect(trace.shops).toEqual([
      { placeId: journey.masterData.places[7].placeId, names: null, partyIds: [journey.masterData.parties[3].partyId], lots: [{ lotId: lot.jars, received: { amount: 39.5, unit: 'KGM' }, sold: { amount: 0.5, unit: 'KGM' } }] },
    ]);
    expect(trace.exports).toEqual([expect.objectContaining({ lotId: lot.bulk, quantity: { amount: 50, unit: 'KGM' }, destinationCountry: 'JP', buyer: { name: 'Hokkaido Natural Foods KK', country: 'JP' } })]);
    expect(trace.summary).toEqual({ lots: 6, units: 4, unitsSold: 1, shops: 1, exports: 1, countries: ['JP'] });
  });

  it('every lot\'s balance from its movements equals what its own fold holds on hand', async () => {
    for (const lotId of Object.values(lot)) {
      const balance = (await findLotBalance(pool, lotId, live))!;
      const { rows } = await pool.query(`SELECT on_hand_amount::float8 AS n FROM ${live}.lots WHERE lot_id = $1`, [lotId]);
      expect([lotId, balance.onHand.amount]).toEqual([lotId, rows[0].n]);
      expect(balance.flags.map((f) => f.kind)).not.toContain('ledger-mismatch');
    }
    expect(await findLotBalance(pool, lot.combA, live)).toMatchObject({ in: { harvested: { amount: 178.5 } }, out: { consumed: { amount: 170 } }, onHand: { amount: 8.5 } });
    expect(await findLotBalance(pool, lot.jars, live)).toMatchObject({
      in: { made: { amount: 120 } }, out: { sold: { amount: 0.5 }, lostInTransit: { amount: 0.5 } }, lossPercent: 0.42,
      shipments: [{ shipped: { amount: 40 }, received: { amount: 39.5 }, lost: { amount: 0.5 }, lossPercent: 1.25 }],
    });
  });

  it('keeps open only the flags still standing: the origin finding and the recalls, not the released hold', async () => {
    const { rows } = await pool.query(`SELECT lot_id, kind FROM ${live}.open_lot_flags ORDER BY raised_at`);
    expect(rows).toEqual([
      { lot_id: lot.combB, kind: 'origin-not-registered' },
      { lot_id: lot.wax, kind: 'recall' },
      { lot_id: lot.jars, kind: 'recall' },
    ]);
  });

  it('tamga replay rebuilds them equal, also after the live side replayed from offset 0 over what it had (the migration\'s path)', async () => {
    expect((await replayAndCompare(kafka, pool, { topic, liveSchema: live, keep: false, timeoutMs: 60_000 })).equal).toBe(true);
    await projector.stop();
    await pool.query(`TRUNCATE ${live}.lot_links, ${live}.transformations, ${live}.lot_movements, ${live}.open_lot_flags, ${live}.projection_checkpoints`);
    projector = new Projector(kafka, pool, { topic, groupId: unique('live-'), schema: live });
    await projector.start();
    const report = await replayAndCompare(kafka, pool, { topic, liveSchema: live, keep: false, timeoutMs: 60_000 });
    expect(report.tables.filter((t) => !t.equal)).toEqual([]);
  }, 120_000);

  it('the tables do not depend on how events fell into batches', async () => {
    const [whole, oneByOne] = [unique('whole_'), unique('single_')];
    const asBatch = (events: readonly EventEnvelope[], first = 0) => ({ topic: 'batches', partition: 0, events: events.map((envelope, i) => ({ offset: String(first + i), envelope, storeId: null })) });
    for (const schema of [whole, oneByOne]) await pool.query(readModelDdl(schema));
    await applyBatch(pool, whole, asBatch(envelopes));
    for (const [i, envelope] of envelopes.entries()) await applyBatch(pool, oneByOne, asBatch([envelope], i));
    expect(await tableChecksums(pool, oneByOne)).toEqual(await tableChecksums(pool, whole));
    for (const schema of [whole, oneByOne]) await pool.query(`DROP SCHEMA ${schema} CASCADE`);
  }, 60_000);

  it('a corrupt record with a cycle of links is traced to the depth bound and reported, not walked forever', async () => {
    // The rules never make a lot from itself (outputs must be new lots), so the cycle is written as
    // raw events straight into a scratch schema's projector: A split into B, then B split into A.
    const schema = unique('cycle_');
    await pool.query(readModelDdl(schema));
    const [a, b] = [unique('A').slice(0, 8), unique('B').slice(0, 8)];
    const portion = (lotId: string) => ({ lotId, productId: 'product:comb', quantity: { amount: 10, unit: 'KGM' } });
    const split = (id: string, from: string, to: string) => ({ type: 'lot.split', data: { transformationId: id, placeId: 'workshop:w', inputs: [portion(from)], outputs: [portion(to)], splitAt: '2026-07-02T00:00:00.000Z' } });
    const harvest = { type: 'lot.harvested', data: { lotId: a, villageId: 'village:v', producerId: 'producer:p', productId: 'product:comb', quantity: { amount: 10, unit: 'KGM' }, harvestedAt: '2026-07-01T00:00:00.000Z', location: { latitude: 42, longitude: 77 } } };
    const events = [[a, harvest], [a, split('s1', a, b)], [b, split('s1', a, b)], [a, split('s2', b, a)], [b, split('s2', b, a)]] as const;
    const versions = new Map<string, number>();
    const batch = events.map(([lotId, event], i) => {
      versions.set(lotId, (versions.get(lotId) ?? 0) + 1);
      const envelope: EventEnvelope = { eventId: crypto.randomUUID(), type: event.type, schemaVersion: 1, streamId: lotId, streamVersion: versions.get(lotId)!, globalPosition: String(i + 1), occurredAt: '2026-07-02T00:00:00.000Z', recordedAt: '2026-07-02T00:00:00.000Z', actorId: 'processor:p', data: event.data, metadata: {} };
      return { offset: String(i), envelope, storeId: null };
    });
    await applyBatch(pool, schema, { topic: 'cycle', partition: 0, events: batch });
    const started = Date.now();
    const back = (await traceLotBack(pool, a, 64, schema))!;
    const forward = (await traceLotForward(pool, a, 64, schema))!;
    expect(Date.now() - started).toBeLessThan(2_000);
    // Every link was followed (the walk went round to the bound, not beyond): incomplete because of the cycle.
    expect(back).toMatchObject({ complete: false, cycleLotIds: [a, b].sort(), depthLimitReached: false, stoppedAt: [] });
    expect(back.lots.map((l) => l.lotId)).toEqual([a, b]);
    expect(forward).toMatchObject({ complete: false, cycleLotIds: [a, b].sort() });
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
  });
});

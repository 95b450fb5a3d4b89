import type { Pool } from 'pg';
import { DomainError, RecordHarvest, RecordTransformation } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { RECORD_PACKING } from '../../../apps/capture/src/record-packing/record-packing.use-case';
import { RECORD_HARVEST } from '../../../apps/capture/src/record-harvest/record-harvest.use-case';
import { RECORD_SHIPMENT } from '../../../apps/capture/src/record-shipment/record-shipment.use-case';
import { RECORD_TRANSFORMATION } from '../../../apps/capture/src/record-transformation/record-transformation.use-case';
import { RecordLotFactCommand } from '../../../apps/capture/src/shared/lot-fact/record-lot-fact.command';
import { RecordLotFactHandler } from '../../../apps/capture/src/shared/lot-fact/record-lot-fact.handler';
import { LotFactUseCase } from '../../../apps/capture/src/shared/lot-fact/lot-fact-use-case';
import { SeededWorld, seedWorld } from '../../support/seed-world';
import { testPool, unique } from '../../support/test-infrastructure';

/**
 * Facts touching several lots, racing on real Postgres through the capture pipeline: every lot
 * involved is appended at the version its decision saw, so no interleaving can give out more
 * than a lot holds, and a fact is recorded on all its lots or on none.
 */
describe('multi-lot facts under concurrency (real Postgres)', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  let handler: RecordLotFactHandler;
  let world: SeededWorld;

  const run = <T>(useCase: LotFactUseCase<T>, command: T, actorId = world.beekeeper.partyId) =>
    handler.execute(new RecordLotFactCommand(useCase as LotFactUseCase<unknown>, command as unknown, actorId, undefined, ''));

  const harvest = async (kg: number): Promise<string> => {
    const lotId = unique('H-');
    const command: RecordHarvest = {
      lotId,
      villageId: world.villageId,
      producerId: world.beekeeper.partyId,
      productId: world.combHoneyId,
      placeId: world.apiaryId,
      quantity: { amount: kg, unit: 'kg' },
      harvestedAt: '2026-07-15T06:30:00+06:00',
      location: { latitude: 42.155, longitude: 77.551 },
    };
    await run(RECORD_HARVEST, command);
    return lotId;
  };

  const extraction = (inputs: { lotId: string; kg: number }[]): RecordTransformation => {
    const taken = inputs.reduce((sum, i) => sum + i.kg, 0);
    return {
      transformationId: unique('X-'),
      process: 'extraction',
      placeId: world.workshopId,
      inputs: inputs.map((i) => ({ lotId: i.lotId, quantity: { amount: i.kg, unit: 'kg' } })),
      outputs: [{ lotId: unique('O-'), productId: world.honeyId, quantity: { amount: Math.round(taken * 0.75 * 1000) / 1000, unit: 'kg' } }],
      transformedAt: '2026-08-01T10:00:00+06:00',
    };
  };

  beforeAll(async () => {
    pool = testPool(12);
    store = new PostgresEventStore(pool);
    handler = new RecordLotFactHandler(store);
    world = await seedWorld(store);
  });
  afterAll(() => pool.end());

  it('six extractions race for one 100 kg lot, 30 kg each: three are recorded, three refused, nothing overdrawn', async () => {
    const lotId = await harvest(100);
    const commands = Array.from({ length: 6 }, () => extraction([{ lotId, kg: 30 }]));
    const outcomes = await Promise.allSettled(commands.map((c) => run(RECORD_TRANSFORMATION, c)));

    const recorded = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(recorded).toHaveLength(3);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(DomainError);
      expect(['MASS_BALANCE.EXCEEDS_ON_HAND', 'STREAM.VERSION_CONFLICT']).toContain(r.reason.code);
    }
    const history = await store.readStream(lotId);
    expect(history.map((e) => e.streamVersion)).toEqual(history.map((_, i) => i + 1));
    expect(history.filter((e) => e.type === 'lot.transformed')).toHaveLength(3);
    // All or nothing: the output lot of every refused extraction was never created.
    const outputs = await store.readStreams(commands.map((c) => c.outputs[0].lotId));
    expect([...outputs.values()].filter((events) => events.length > 0)).toHaveLength(3);
  });

  it('an extraction of two lots races a shipment that empties one of them: exactly one outcome holds, on every lot', async () => {
    const a = await harvest(40);
    const b = await harvest(40);
    const transformation = extraction([{ lotId: a, kg: 40 }, { lotId: b, kg: 40 }]);
    const shipment = {
      shipmentId: unique('S-'),
      fromPlaceId: world.apiaryId,
      to: { partyId: world.shop.partyId, placeId: world.shopPlaceId },
      lots: [{ lotId: b, quantity: { amount: 40, unit: 'kg' } }],
      shippedAt: '2026-08-01T09:00:00+06:00',
    };
    const [t, s] = await Promise.allSettled([run(RECORD_TRANSFORMATION, transformation), run(RECORD_SHIPMENT, shipment)]);

    expect([t.status, s.status].filter((x) => x === 'fulfilled')).toHaveLength(1);
    const [historyA, historyB] = [await store.readStream(a), await store.readStream(b)];
    if (t.status === 'fulfilled') {
      expect(historyA.map((e) => e.type)).toEqual(['lot.harvested', 'lot.transformed']);
      expect(historyB.map((e) => e.type)).toEqual(['lot.harvested', 'lot.transformed']);
    } else {
      // The shipment won: lot A was not touched by the refused transformation either.
      expect(historyA.map((e) => e.type)).toEqual(['lot.harvested']);
      expect(historyB.map((e) => e.type)).toEqual(['lot.harvested', 'lot.shipped']);
    }
  });

  it('a transformation whose output lot id is taken records nothing on its inputs', async () => {
    const input = await harvest(50);
    const taken = await harvest(10);
    const command = extraction([{ lotId: input, kg: 20 }]);
    const clash = { ...command, outputs: [{ ...command.outputs[0], lotId: taken }] };
    await expect(run(RECORD_TRANSFORMATION, clash)).rejects.toMatchObject({ code: 'LOT.ALREADY_EXISTS', kind: 'conflict' });
    expect((await store.readStream(input)).map((e) => e.type)).toEqual(['lot.harvested']);
  });

  it('a harvest of a product the village is not registered for is recorded with an origin flag, in one transaction', async () => {
    const lotId = unique('H-');
    await run(RECORD_HARVEST, {
      lotId,
      villageId: world.villageId,
      producerId: world.beekeeper.partyId,
      productId: world.honeyId,
      quantity: { amount: 5, unit: 'kg' },
      harvestedAt: '2026-07-15T06:30:00+06:00',
      location: { latitude: 42.155, longitude: 77.551 },
    });
    const events = await store.readStream(lotId);
    expect(events.map((e) => e.type)).toEqual(['lot.harvested', 'lot.flagged']);
    expect(events[1].transactionId).toBe(events[0].transactionId);
    expect(events[1].data).toMatchObject({ flag: 'origin-not-registered', villageId: world.villageId, productId: world.honeyId });
  });

  it('a serial names one unit of a product: packing it in a second lot of that product is refused, in any order of commits', async () => {
    const [first, second] = [await harvest(20), await harvest(20)];
    const packing = (lotId: string, serials: string[]) => ({
      packingId: unique('P-'),
      lotId,
      placeId: world.workshopId,
      unitSize: { amount: 1, unit: 'kg' },
      serials,
      packedAt: '2026-08-02T10:00:00+06:00',
    });
    const serial = unique('U');
    const outcomes = await Promise.allSettled([
      run(RECORD_PACKING, packing(first, [serial, unique('U')])),
      run(RECORD_PACKING, packing(second, [unique('U'), serial])),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ code: 'PACKING.SERIAL_TAKEN', kind: 'conflict' });
    expect(refused.reason.details[0]).toMatchObject({ field: 'serials', rule: 'unique-serial-per-product', serial, productId: world.combHoneyId });
    const packed = [...(await store.readStreams([first, second])).values()].flat().filter((e) => e.type === 'lot.packed');
    expect(packed).toHaveLength(1);
  });
});


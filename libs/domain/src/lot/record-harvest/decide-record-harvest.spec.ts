import { ABSENT_LOT, foldLot } from '../lot-state';
import { decideRecordHarvest } from './decide-record-harvest';
import { RecordHarvest } from './record-harvest.command';
import { refusal } from '../../shared/refusal.testing';

const now = new Date('2026-07-15T12:00:00Z');
const meta = { now, actorId: 'producer:asel-tamga' };
const harvest: RecordHarvest = {
  lotId: 'TMG-2026-0001',
  villageId: 'village:tamga',
  producerId: 'producer:asel-tamga',
  productId: 'product:white-sainfoin-honey',
  quantity: { amount: 42.5, unit: 'kg' },
  harvestedAt: '2026-07-15T06:30:00+06:00',
  location: { latitude: 42.155, longitude: 77.551 },
};

describe('record a harvest', () => {
  it('given no lot, records lot.harvested with the unit normalised and the time in UTC', () => {
    const events = decideRecordHarvest(harvest, ABSENT_LOT, meta);
    expect(events).toEqual([
      {
        type: 'lot.harvested',
        schemaVersion: 1,
        data: {
          lotId: 'TMG-2026-0001',
          villageId: 'village:tamga',
          producerId: 'producer:asel-tamga',
          productId: 'product:white-sainfoin-honey',
          quantity: { amount: 42.5, unit: 'KGM' },
          harvestedAt: '2026-07-15T00:30:00.000Z',
          location: { latitude: 42.155, longitude: 77.551 },
        },
      },
    ]);
  });

  it('given the lot was already harvested, refuses a second harvest under the same id', () => {
    const existing = foldLot(decideRecordHarvest(harvest, ABSENT_LOT, meta));
    const error = refusal(() => decideRecordHarvest(harvest, existing, meta));
    expect(error.code).toBe('LOT.ALREADY_EXISTS');
    expect(error.kind).toBe('conflict');
  });

  it.each([
    [0, 'positive'],
    [-3, 'positive'],
    [1.2345, 'max-three-decimals'],
    [250_000, 'plausible-amount'],
    [Number.NaN, 'finite-number'],
  ])('refuses a quantity of %p kg (rule %s)', (amount, rule) => {
    const error = refusal(() => decideRecordHarvest({ ...harvest, quantity: { amount, unit: 'kg' } }, ABSENT_LOT, meta));
    expect(error.details[0]).toMatchObject({ field: 'quantity.amount', rule });
  });

  it('judges absurd amounts in the unit given: 150 t is absurd, 150,000 g is not', () => {
    const error = refusal(() =>
      decideRecordHarvest({ ...harvest, quantity: { amount: 150, unit: 'TNE' } }, ABSENT_LOT, meta),
    );
    expect(error.details[0]).toMatchObject({ rule: 'plausible-amount', limit: 100 });
    const [event] = decideRecordHarvest({ ...harvest, quantity: { amount: 150_000, unit: 'g' } }, ABSENT_LOT, meta);
    expect(event.data.quantity).toEqual({ amount: 150_000, unit: 'GRM' });
  });

  it('refuses an unknown unit, naming the accepted ones', () => {
    const error = refusal(() =>
      decideRecordHarvest({ ...harvest, quantity: { amount: 3, unit: 'bushel' } }, ABSENT_LOT, meta),
    );
    expect(error.code).toBe('QUANTITY.UNKNOWN_UNIT');
    expect(error.details[0]).toMatchObject({ field: 'quantity.unit', rule: 'known-unit' });
    expect(error.details[0].message).toContain('KGM');
  });

  it('accepts a harvest time a little ahead of the server clock, refuses one far ahead', () => {
    const slightlyAhead = new Date(now.getTime() + 4 * 60_000).toISOString();
    expect(() => decideRecordHarvest({ ...harvest, harvestedAt: slightlyAhead }, ABSENT_LOT, meta)).not.toThrow();
    const tomorrow = new Date(now.getTime() + 24 * 3600_000).toISOString();
    const error = refusal(() => decideRecordHarvest({ ...harvest, harvestedAt: tomorrow }, ABSENT_LOT, meta));
    expect(error.details[0]).toMatchObject({ field: 'harvestedAt', rule: 'not-in-future' });
  });

  it('refuses a harvest located outside Kyrgyzstan\'s bounds', () => {
    const urumqi = { latitude: 43.83, longitude: 87.62 };
    const error = refusal(() => decideRecordHarvest({ ...harvest, location: urumqi }, ABSENT_LOT, meta));
    expect(error.details[0]).toMatchObject({ field: 'location', rule: 'inside-kyrgyzstan' });
  });

  it('refuses a lot id that cannot be printed in a GS1 Digital Link', () => {
    const error = refusal(() => decideRecordHarvest({ ...harvest, lotId: 'lot with spaces' }, ABSENT_LOT, meta));
    expect(error.details[0]).toMatchObject({ field: 'lotId', rule: 'gs1-lot-code' });
  });
});

describe('fold a lot', () => {
  it('a harvested lot holds what was harvested', () => {
    const state = foldLot(decideRecordHarvest(harvest, ABSENT_LOT, meta));
    expect(state).toEqual({
      status: 'active',
      lotId: 'TMG-2026-0001',
      productId: 'product:white-sainfoin-honey',
      onHand: { amount: 42.5, unit: 'KGM' },
      createdAt: '2026-07-15T00:30:00.000Z',
    });
  });
});

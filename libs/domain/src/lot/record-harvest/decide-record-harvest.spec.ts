import { CLOCK_SKEW_MS } from '../../shared/recorded-time';
import { NOW, PARTIES } from '../lot-world.testing';
import { combHoneyHarvest, expectRefusal, givenCombHoney, plusMs, scenario } from '../lot-scenario.testing';
import { decideRecordHarvest } from './decide-record-harvest';
import { RecordHarvest } from './record-harvest.command';

const { asel, bakyt, group, processor } = PARTIES;
const harvest: RecordHarvest = { ...combHoneyHarvest('TMG-2026-0001', 42.5), harvestedAt: '2026-07-15T06:30:00+06:00' };
const harvestBy = (actor = asel, command: RecordHarvest = harvest, now = NOW) => scenario().when(actor, decideRecordHarvest, command, now);

describe('record a harvest', () => {
  it('given no lot, records lot.harvested with the unit normalised and the time in UTC', () => {
    expect(harvestBy()).toEqual([
      {
        lotId: 'TMG-2026-0001',
        event: {
          type: 'lot.harvested',
          schemaVersion: 1,
          data: {
            lotId: 'TMG-2026-0001',
            villageId: 'village:tamga',
            producerId: 'producer:asel',
            productId: 'product:comb-honey',
            quantity: { amount: 42.5, unit: 'KGM' },
            harvestedAt: '2026-07-15T00:30:00.000Z',
            location: { latitude: 42.155, longitude: 77.551 },
            placeId: 'apiary:tamga-1',
          },
        },
      },
    ]);
  });

  it('without a harvest site, records no placeId', () => {
    const [{ event }] = harvestBy(asel, { ...harvest, placeId: undefined });
    expect(event.data).not.toHaveProperty('placeId');
  });

  it('given the lot was already harvested, refuses a second harvest under the same id', () => {
    const s = scenario();
    givenCombHoney(s, 'TMG-2026-0001', 10);
    expectRefusal(() => s.when(asel, decideRecordHarvest, harvest), {
      code: 'LOT.ALREADY_EXISTS',
      kind: 'conflict',
      field: 'lotId',
      rule: 'new-lot',
      lotId: 'TMG-2026-0001',
    });
  });

  describe('quantity', () => {
    it.each([
      [0, 'positive'],
      [-3, 'positive'],
      [1.2345, 'max-three-decimals'],
      [250_000, 'plausible-amount'],
      [Number.NaN, 'finite-number'],
    ])('refuses %p kg (rule %s)', (amount, rule) => {
      expectRefusal(() => harvestBy(asel, { ...harvest, quantity: { amount, unit: 'kg' } }), {
        code: 'QUANTITY.INVALID',
        kind: 'invalid',
        field: 'quantity.amount',
        rule,
      });
    });

    it('accepts 100 t (100,000 kg) and refuses a thousandth of a kilogram more', () => {
      expect(harvestBy(asel, { ...harvest, quantity: { amount: 100_000, unit: 'kg' } })[0].event.data).toMatchObject({ quantity: { amount: 100_000, unit: 'KGM' } });
      expectRefusal(() => harvestBy(asel, { ...harvest, quantity: { amount: 100_000.001, unit: 'kg' } }), {
        code: 'QUANTITY.INVALID',
        kind: 'invalid',
        field: 'quantity.amount',
        rule: 'plausible-amount',
        amount: 100_000.001,
        limit: 100_000,
      });
    });

    it('judges absurd amounts in the unit given: 150 t is absurd, 150,000 g is 150 kg', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, quantity: { amount: 150, unit: 'TNE' } }), {
        code: 'QUANTITY.INVALID',
        kind: 'invalid',
        field: 'quantity.amount',
        rule: 'plausible-amount',
        limit: 100,
        unit: 'TNE',
      });
      const [{ event }] = harvestBy(asel, { ...harvest, quantity: { amount: 150_000, unit: 'g' } });
      expect(event.data).toMatchObject({ quantity: { amount: 150, unit: 'KGM' } });
    });

    it('records in the product unit and refuses an amount that would need a fourth decimal there (0.5 g)', () => {
      expect(harvestBy(asel, { ...harvest, quantity: { amount: 1, unit: 'g' } })[0].event.data).toMatchObject({ quantity: { amount: 0.001, unit: 'KGM' } });
      expectRefusal(() => harvestBy(asel, { ...harvest, quantity: { amount: 0.5, unit: 'g' } }), {
        code: 'QUANTITY.INVALID',
        kind: 'invalid',
        field: 'quantity.amount',
        rule: 'max-three-decimals',
        amount: 0.5,
        unit: 'GRM',
      });
    });

    it('refuses an unknown unit, naming the accepted ones', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, quantity: { amount: 3, unit: 'bushel' } }), {
        code: 'QUANTITY.UNKNOWN_UNIT',
        kind: 'invalid',
        field: 'quantity.unit',
        rule: 'known-unit',
        message: expect.stringContaining('KGM'),
      });
    });

    it('refuses a unit of another dimension than the product (litres of comb honey)', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, quantity: { amount: 3, unit: 'l' } }), {
        code: 'QUANTITY.WRONG_DIMENSION',
        kind: 'invalid',
        field: 'quantity.unit',
        rule: 'same-dimension',
        unit: 'LTR',
        lotUnit: 'KGM',
      });
    });
  });

  describe('time', () => {
    it('accepts a harvest time exactly the clock skew ahead of the server, refuses a millisecond more', () => {
      const edge = plusMs(NOW.toISOString(), CLOCK_SKEW_MS);
      expect(harvestBy(asel, { ...harvest, harvestedAt: edge })[0].event.data).toMatchObject({ harvestedAt: edge });
      expectRefusal(() => harvestBy(asel, { ...harvest, harvestedAt: plusMs(edge, 1) }), {
        code: 'TIME.IN_FUTURE',
        kind: 'invalid',
        field: 'harvestedAt',
        rule: 'not-in-future',
        value: plusMs(edge, 1),
        serverTime: NOW.toISOString(),
      });
    });

    it.each(['2026-07-15T06:30:00', '2026-02-30T06:30:00+06:00', '15.07.2026'])('refuses %p (no offset, or not a real time)', (harvestedAt) => {
      expectRefusal(() => harvestBy(asel, { ...harvest, harvestedAt }), { code: 'TIME.INVALID', kind: 'invalid', field: 'harvestedAt', rule: 'iso-8601' });
    });

    it('refuses a time before records began', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, harvestedAt: '1999-12-31T23:59:59Z' }), {
        code: 'TIME.TOO_EARLY',
        kind: 'invalid',
        field: 'harvestedAt',
        rule: 'not-before-2000',
      });
    });
  });

  describe('place', () => {
    it("accepts Kyrgyzstan's bounding box edges, refuses a point just beyond them", () => {
      expect(() => harvestBy(asel, { ...harvest, location: { latitude: 43.3, longitude: 80.3 } })).not.toThrow();
      expect(() => harvestBy(asel, { ...harvest, location: { latitude: 39.1, longitude: 69.2 } })).not.toThrow();
      expectRefusal(() => harvestBy(asel, { ...harvest, location: { latitude: 43.301, longitude: 77.551 } }), {
        code: 'GEO.OUTSIDE_KYRGYZSTAN',
        kind: 'invalid',
        field: 'location',
        rule: 'inside-kyrgyzstan',
        latitude: 43.301,
        longitude: 77.551,
      });
    });

    it("refuses a harvest located in Urumqi, outside Kyrgyzstan's bounds", () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, location: { latitude: 43.83, longitude: 87.62 } }), {
        code: 'GEO.OUTSIDE_KYRGYZSTAN',
        kind: 'invalid',
        field: 'location',
        rule: 'inside-kyrgyzstan',
      });
    });

    it('refuses an unregistered village, and a place that is not a village or town', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, villageId: 'village:atlantis', placeId: undefined }), {
        code: 'REFERENCE.UNKNOWN_PLACE',
        kind: 'invalid',
        field: 'villageId',
        rule: 'registered-place',
      });
      expectRefusal(() => harvestBy(asel, { ...harvest, villageId: 'district:ak-suu', placeId: undefined }), {
        code: 'REFERENCE.WRONG_PLACE_KIND',
        kind: 'invalid',
        field: 'villageId',
        rule: 'place-kind',
        placeId: 'district:ak-suu',
      });
    });

    it('refuses a harvest site of another village, and a site that is not an apiary, plot or pasture', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, villageId: 'village:barskoon' }), {
        code: 'REFERENCE.PLACE_OUTSIDE_VILLAGE',
        kind: 'invalid',
        field: 'placeId',
        rule: 'site-in-village',
        parentId: 'village:tamga',
      });
      expectRefusal(() => harvestBy(asel, { ...harvest, placeId: 'workshop:karakol' }), {
        code: 'REFERENCE.WRONG_PLACE_KIND',
        kind: 'invalid',
        field: 'placeId',
        rule: 'place-kind',
      });
    });
  });

  describe('who records', () => {
    it('a village group records a harvest of its member', () => {
      const [{ event }] = harvestBy(group);
      expect(event.data).toMatchObject({ producerId: 'producer:asel' });
    });

    it("refuses a producer recording another producer's harvest (403)", () => {
      expectRefusal(() => harvestBy(bakyt), {
        code: 'ACCESS.NOT_OWN_HARVEST',
        kind: 'forbidden',
        field: 'producerId',
        rule: 'own-or-member-harvest',
        producerId: 'producer:asel',
        actorId: 'producer:bakyt',
      });
    });

    it("refuses a harvest at a site neither the producer nor the recording party operates (403)", () => {
      expectRefusal(() => harvestBy(bakyt, { ...harvest, producerId: 'producer:bakyt' }), {
        code: 'ACCESS.PLACE_NOT_OPERATED',
        kind: 'forbidden',
        field: 'placeId',
        rule: 'operated-place',
        placeId: 'apiary:tamga-1',
      });
    });

    it('refuses a party without the producer role (403)', () => {
      expectRefusal(() => harvestBy(processor), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['producer'],
        held: ['processor'],
      });
    });

    it('refuses a producerId that is not a registered producer', () => {
      expectRefusal(() => harvestBy(asel, { ...harvest, producerId: 'producer:nobody' }), {
        code: 'REFERENCE.UNKNOWN_PARTY',
        kind: 'invalid',
        field: 'producerId',
        rule: 'registered-party',
      });
      expectRefusal(() => harvestBy(asel, { ...harvest, producerId: 'processor:karakol-honey' }), {
        code: 'REFERENCE.WRONG_PARTY_KIND',
        kind: 'invalid',
        field: 'producerId',
        rule: 'party-kind',
      });
    });
  });

  it('refuses an unregistered product', () => {
    expectRefusal(() => harvestBy(asel, { ...harvest, productId: 'product:gold' }), {
      code: 'REFERENCE.UNKNOWN_PRODUCT',
      kind: 'invalid',
      field: 'productId',
      rule: 'registered-product',
    });
  });

  it('accepts a 20-character lot code and refuses one that cannot be printed in a GS1 Digital Link', () => {
    expect(harvestBy(asel, { ...harvest, lotId: 'TMG-2026-0001-ABCDEF' })[0].lotId).toBe('TMG-2026-0001-ABCDEF');
    for (const lotId of ['lot with spaces', 'TMG-2026-0001-ABCDEFG', '-TMG']) {
      expectRefusal(() => harvestBy(asel, { ...harvest, lotId }), { code: 'LOT.INVALID_ID', kind: 'invalid', field: 'lotId', rule: 'gs1-lot-code' });
    }
  });

  describe('origin', () => {
    it('flags, never refuses, a harvest of a product the village is not registered for', () => {
      const events = harvestBy(asel, { ...harvest, productId: 'product:sainfoin-honey' });
      expect(events.map((e) => e.event.type)).toEqual(['lot.harvested', 'lot.flagged']);
      expect(events[1]).toEqual({
        lotId: 'TMG-2026-0001',
        event: {
          type: 'lot.flagged',
          schemaVersion: 1,
          data: {
            lotId: 'TMG-2026-0001',
            flag: 'origin-not-registered',
            message: 'village:tamga is not registered for product:sainfoin-honey on the harvest date',
            flaggedAt: '2026-07-15T00:30:00.000Z',
            villageId: 'village:tamga',
            productId: 'product:sainfoin-honey',
            registeredProductIds: ['product:comb-honey'],
          },
        },
      });
    });

    it('flags a harvest in a village with no registered product at all', () => {
      const events = harvestBy(asel, { ...harvest, villageId: 'village:barskoon', placeId: undefined });
      expect(events[1].event.data).toMatchObject({ flag: 'origin-not-registered', villageId: 'village:barskoon', registeredProductIds: [] });
    });

    it('reads the registration date in Kyrgyzstan time: flagged at 23:59 the day before, not at 00:30 on the day', () => {
      const old = new Date('2011-01-01T00:00:00Z');
      const dayBefore = harvestBy(asel, { ...harvest, harvestedAt: '2010-04-30T23:59:00+06:00' }, old);
      expect(dayBefore.map((e) => e.event.type)).toEqual(['lot.harvested', 'lot.flagged']);
      const onTheDay = harvestBy(asel, { ...harvest, harvestedAt: '2010-05-01T00:30:00+06:00' }, old);
      expect(onTheDay.map((e) => e.event.type)).toEqual(['lot.harvested']);
    });
  });
});

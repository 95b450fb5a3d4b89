import { CLOCK_SKEW_MS } from '../../shared/recorded-time';
import { NOW, PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decideRecordShipment } from './decide-record-shipment';
import { RecordShipment } from './record-shipment.command';

const { asel, processor, shop, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const toWorkshop = { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' };
const shipment = (lots: RecordShipment['lots'], overrides: Partial<RecordShipment> = {}): RecordShipment => ({
  shipmentId: 'SH-1',
  fromPlaceId: 'apiary:tamga-1',
  to: toWorkshop,
  lots,
  shippedAt: '2026-08-01T09:00:00+06:00',
  ...overrides,
});

function withHoney(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 42.5);
  givenCombHoney(s, 'TMG-2', 10);
  return s;
}

describe('record a shipment', () => {
  it('given a lot Asel holds, records lot.shipped from her apiary to the processor, with carrier and documents', () => {
    const s = withHoney();
    const events = s.when(asel, decideRecordShipment, {
      ...shipment([{ lotId: 'TMG-1', quantity: kg(30) }]),
      carrier: ' Karakol Transit ',
      documents: [{ type: 'waybill', id: 'WB-77' }],
    });
    expect(events).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.shipped',
          schemaVersion: 1,
          data: {
            shipmentId: 'SH-1',
            lotId: 'TMG-1',
            quantity: { amount: 30, unit: 'KGM' },
            from: { partyId: 'producer:asel', placeId: 'apiary:tamga-1' },
            to: toWorkshop,
            carrier: 'Karakol Transit',
            documents: [{ type: 'waybill', id: 'WB-77' }],
            shippedAt: '2026-08-01T03:00:00.000Z',
          },
        },
      },
    ]);
  });

  it('one shipment of several lots gives each lot its own lot.shipped under the shared id, in the lot unit', () => {
    const events = withHoney().when(asel, decideRecordShipment, shipment([
      { lotId: 'TMG-1', quantity: kg(42.5) },
      { lotId: 'TMG-2', quantity: { amount: 2500, unit: 'g' } },
    ]));
    expect(events.map(({ lotId, event }) => [lotId, event.type, event.data])).toEqual([
      ['TMG-1', 'lot.shipped', expect.objectContaining({ shipmentId: 'SH-1', quantity: { amount: 42.5, unit: 'KGM' } })],
      ['TMG-2', 'lot.shipped', expect.objectContaining({ shipmentId: 'SH-1', quantity: { amount: 2.5, unit: 'KGM' } })],
    ]);
  });

  describe('mass balance', () => {
    it('ships exactly what is on hand, refuses a thousandth of a kilogram more', () => {
      const s = withHoney();
      expect(s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(42.5) }]))).toHaveLength(1);
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(42.501) }])), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'lots[0].quantity',
        rule: 'mass-balance',
        lotId: 'TMG-1',
        requested: { amount: 42.501, unit: 'KGM' },
        onHand: { amount: 42.5, unit: 'KGM' },
      });
    });

    it('counts only what the sender holds, not what is in transit', () => {
      const s = withHoney();
      s.given(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(40) }]));
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(2.501) }], { shipmentId: 'SH-2' })), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'lots[0].quantity',
        rule: 'mass-balance',
        requested: { amount: 2.501, unit: 'KGM' },
        onHand: { amount: 2.5, unit: 'KGM' },
      });
    });

    it('is all or nothing: one lot short refuses the whole shipment', () => {
      expectRefusal(
        () => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }, { lotId: 'TMG-2', quantity: kg(10.001) }])),
        { code: 'MASS_BALANCE.EXCEEDS_ON_HAND', kind: 'conflict', field: 'lots[1].quantity', rule: 'mass-balance', lotId: 'TMG-2' },
      );
    });

    it('refuses a quantity in a unit of another dimension', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: { amount: 3, unit: 'pcs' } }])), {
        code: 'QUANTITY.WRONG_DIMENSION',
        kind: 'invalid',
        field: 'lots[0].quantity.unit',
        rule: 'same-dimension',
      });
    });
  });

  it('refuses a shipment id the lot already has in transit: one receipt would close both and lose the second', () => {
    const s = withHoney();
    s.given(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(10) }]));
    expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(5) }])), {
      code: 'SHIPMENT.ALREADY_IN_TRANSIT',
      kind: 'conflict',
      field: 'shipmentId',
      rule: 'new-shipment',
      shipmentId: 'SH-1',
      lotId: 'TMG-1',
    });
  });

  describe('custody', () => {
    it('refuses a party that does not hold the lot (403), naming the custodians', () => {
      expectRefusal(
        () => withHoney().when(processor, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { fromPlaceId: 'workshop:karakol', to: { partyId: 'shop:ovop-bishkek', placeId: 'shop:ovop-bishkek' } })),
        { code: 'CUSTODY.NOT_CUSTODIAN', kind: 'forbidden', field: 'lots[0].quantity', rule: 'custodian', custodians: ['producer:asel'] },
      );
    });

    it('once shipped in full, the sender is no longer a custodian', () => {
      const s = withHoney();
      givenDelivered(s, 'TMG-2', 10, asel, processor, 'SH-0');
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-2', quantity: kg(1) }])), {
        code: 'CUSTODY.NOT_CUSTODIAN',
        kind: 'forbidden',
        field: 'lots[0].quantity',
        rule: 'custodian',
        custodians: ['processor:karakol-honey'],
      });
    });

    it('refuses to ship from a place the sender does not operate (403)', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { fromPlaceId: 'workshop:karakol' })), {
        code: 'ACCESS.PLACE_NOT_OPERATED',
        kind: 'forbidden',
        field: 'fromPlaceId',
        rule: 'operated-place',
        placeId: 'workshop:karakol',
        partyId: 'producer:asel',
      });
    });

    it('refuses to ship from a village rather than a facility', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { fromPlaceId: 'village:tamga' })), {
        code: 'REFERENCE.WRONG_PLACE_KIND',
        kind: 'invalid',
        field: 'fromPlaceId',
        rule: 'place-kind',
      });
    });

    it.each([
      ['a place the addressee does not operate', { partyId: 'shop:ovop-bishkek', placeId: 'workshop:karakol' }],
      ['the sender itself', { partyId: 'producer:asel', placeId: 'apiary:tamga-1' }],
    ])('refuses an addressee at %s', (_, to) => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { to })), {
        code: 'SHIPMENT.INVALID_ADDRESSEE',
        kind: 'invalid',
        field: 'to',
        rule: 'addressee-operates-place',
        partyId: to.partyId,
        placeId: to.placeId,
      });
    });

    it('refuses an unregistered addressee', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { to: { partyId: 'shop:nowhere', placeId: 'shop:ovop-bishkek' } })), {
        code: 'REFERENCE.UNKNOWN_PARTY',
        kind: 'invalid',
        field: 'to.partyId',
        rule: 'registered-party',
      });
    });
  });

  describe('lifecycle', () => {
    it('refuses a held lot', () => {
      const s = withHoney();
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'pending HMF result', heldAt: '2026-07-20T00:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }])), {
        code: 'LIFECYCLE.HELD',
        kind: 'conflict',
        field: 'lots[0].lotId',
        rule: 'not-held',
        holdIds: ['H-1'],
      });
    });

    it('refuses a recalled lot', () => {
      const s = withHoney();
      s.given(inspector, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-1', reason: 'antibiotics', scope: 'whole-lot', recalledAt: '2026-07-20T00:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }])), {
        code: 'LIFECYCLE.RECALLED',
        kind: 'conflict',
        field: 'lots[0].lotId',
        rule: 'not-recalled',
        recallId: 'RC-1',
      });
    });

    it('refuses a used-up lot', () => {
      const s = withHoney();
      givenDelivered(s, 'TMG-2', 10, asel, shop, 'SH-0');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-2', shopPlaceId: 'shop:ovop-bishkek', quantity: kg(10), soldAt: '2026-08-02T06:00:00Z' });
      expectRefusal(() => s.when(shop, decideRecordShipment, shipment([{ lotId: 'TMG-2', quantity: kg(1) }], { fromPlaceId: 'shop:ovop-bishkek' })), {
        code: 'LIFECYCLE.USED_UP',
        kind: 'conflict',
        field: 'lots[0].lotId',
        rule: 'not-used-up',
      });
    });

    it('accepts a shipment dated the instant the lot was harvested, refuses one a millisecond earlier', () => {
      const s = withHoney();
      expect(s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { shippedAt: HARVESTED_AT }))).toHaveLength(1);
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { shippedAt: plusMs(HARVESTED_AT, -1) })), {
        code: 'TIME.BEFORE_LOT_EXISTS',
        kind: 'invalid',
        field: 'shippedAt',
        rule: 'not-before-lot',
        lotId: 'TMG-1',
        lotCreatedAt: HARVESTED_AT,
      });
    });

    it('accepts a shipment dated the clock skew ahead of the server, refuses a millisecond more', () => {
      const s = withHoney();
      const edge = plusMs(NOW.toISOString(), CLOCK_SKEW_MS);
      expect(s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { shippedAt: edge }))).toHaveLength(1);
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { shippedAt: plusMs(edge, 1) })), {
        code: 'TIME.IN_FUTURE',
        kind: 'invalid',
        field: 'shippedAt',
        rule: 'not-in-future',
      });
    });
  });

  describe('the list of lots', () => {
    it('refuses an unrecorded lot (404)', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-404', quantity: kg(1) }])), {
        code: 'LOT.NOT_FOUND',
        kind: 'not-found',
        field: 'lots[0].lotId',
        rule: 'recorded-lot',
        lotId: 'TMG-404',
      });
    });

    it('refuses an empty list and a lot named twice, pointing at the lots field', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([])), {
        code: 'FACT.NO_INPUTS',
        kind: 'invalid',
        field: 'lots',
        rule: 'at-least-one',
      });
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }, { lotId: 'TMG-1', quantity: kg(2) }])), {
        code: 'FACT.LOT_TWICE',
        kind: 'invalid',
        field: 'lots',
        rule: 'distinct-lots',
        lotId: 'TMG-1',
      });
    });

    it('refuses a blank shipment id and a blank carrier', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { shipmentId: ' ' })), {
        code: 'FACT.INVALID_ID',
        kind: 'invalid',
        field: 'shipmentId',
        rule: 'fact-id',
      });
      expectRefusal(() => withHoney().when(asel, decideRecordShipment, shipment([{ lotId: 'TMG-1', quantity: kg(1) }], { carrier: '  ' })), {
        code: 'FACT.TEXT_REQUIRED',
        kind: 'invalid',
        field: 'carrier',
        rule: 'required',
      });
    });
  });
});

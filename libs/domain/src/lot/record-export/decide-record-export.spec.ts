import { CLOCK_SKEW_MS } from '../../shared/recorded-time';
import { NOW, PARTIES } from '../lot-world.testing';
import { Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordExport } from './decide-record-export';
import { RecordExport } from './record-export.command';

const { asel, shop, exporter, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const toKyoto = (lots: RecordExport['lots'], overrides: Partial<RecordExport> = {}): RecordExport => ({
  shipmentId: 'EX-1',
  fromPlaceId: 'border-post:ak-jol',
  lots,
  destinationCountry: 'jp',
  buyer: { name: 'Kyoto Mitsubachi KK', country: 'JP' },
  customsDeclaration: 'KG-DT-2026-0815',
  certificateOfOrigin: 'CT-KG-2026-1234',
  hsCode: '0409.00',
  documents: [{ type: 'invoice', id: 'INV-88' }],
  exportedAt: '2026-08-15T10:00:00+06:00',
  ...overrides,
});

/** The exporter holds 20 kg of TMG-1 and 5 kg of TMG-2 at its Bishkek warehouse. */
function atTheExporter(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 42.5);
  givenCombHoney(s, 'TMG-2', 5);
  givenDelivered(s, 'TMG-1', 20, asel, exporter, 'SH-1');
  givenDelivered(s, 'TMG-2', 5, asel, exporter, 'SH-2');
  return s;
}

describe('record an export', () => {
  it('given lots the exporter holds, records lot.exported for each under the shared shipment id, with the papers customs asks for', () => {
    const events = atTheExporter().when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(20) }, { lotId: 'TMG-2', quantity: kg(5) }]));
    const common = {
      shipmentId: 'EX-1',
      from: { partyId: 'exporter:ak-jol', placeId: 'border-post:ak-jol' },
      destinationCountry: 'JP',
      buyer: { name: 'Kyoto Mitsubachi KK', country: 'JP' },
      customsDeclaration: 'KG-DT-2026-0815',
      certificateOfOrigin: 'CT-KG-2026-1234',
      hsCode: '040900',
      documents: [{ type: 'invoice', id: 'INV-88' }],
      exportedAt: '2026-08-15T04:00:00.000Z',
    };
    expect(events).toEqual([
      { lotId: 'TMG-1', event: { type: 'lot.exported', schemaVersion: 1, data: { ...common, lotId: 'TMG-1', quantity: { amount: 20, unit: 'KGM' } } } },
      { lotId: 'TMG-2', event: { type: 'lot.exported', schemaVersion: 1, data: { ...common, lotId: 'TMG-2', quantity: { amount: 5, unit: 'KGM' } } } },
    ]);
  });

  describe('mass balance and custody', () => {
    it('exports exactly what the exporter holds, refuses a thousandth of a kilogram more', () => {
      const s = atTheExporter();
      expect(s.when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(20) }]))).toHaveLength(1);
      expectRefusal(() => s.when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(20.001) }])), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'lots[0].quantity',
        rule: 'mass-balance',
        requested: { amount: 20.001, unit: 'KGM' },
        onHand: { amount: 20, unit: 'KGM' },
      });
    });

    it('is all or nothing: one lot short refuses the whole export', () => {
      expectRefusal(() => atTheExporter().when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(1) }, { lotId: 'TMG-2', quantity: kg(5.001) }])), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'lots[1].quantity',
        rule: 'mass-balance',
        lotId: 'TMG-2',
      });
    });

    it('refuses what the exporter does not hold (403): the 22.5 kg Asel kept are hers to ship, not its to export', () => {
      const s = atTheExporter();
      givenCombHoney(s, 'TMG-3', 3);
      expectRefusal(() => s.when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-3', quantity: kg(1) }])), {
        code: 'CUSTODY.NOT_CUSTODIAN',
        kind: 'forbidden',
        field: 'lots[0].quantity',
        rule: 'custodian',
        custodians: ['producer:asel'],
      });
    });

    it('refuses a party that is not an exporter (403)', () => {
      expectRefusal(() => atTheExporter().when(shop, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(1) }], { fromPlaceId: 'shop:ovop-bishkek' })), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['exporter'],
        held: ['shop'],
      });
    });

    it('refuses an export from a place that is not a warehouse or border post', () => {
      expectRefusal(() => atTheExporter().when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(1) }], { fromPlaceId: 'shop:ovop-bishkek' })), {
        code: 'REFERENCE.WRONG_PLACE_KIND',
        kind: 'invalid',
        field: 'fromPlaceId',
        rule: 'place-kind',
      });
    });
  });

  describe('papers', () => {
    const lots = [{ lotId: 'TMG-1', quantity: kg(1) }];

    it('refuses Kyrgyzstan as the destination: a domestic move is a shipment', () => {
      expectRefusal(() => atTheExporter().when(exporter, decideRecordExport, toKyoto(lots, { destinationCountry: 'kg' })), {
        code: 'EXPORT.DOMESTIC',
        kind: 'invalid',
        field: 'destinationCountry',
        rule: 'abroad',
      });
    });

    it.each([
      ['destinationCountry', { destinationCountry: 'Japan' }],
      ['buyer.country', { buyer: { name: 'Kyoto Mitsubachi KK', country: 'JPN' } }],
    ])('refuses a %s that is not an ISO 3166 alpha-2 code', (field, overrides) => {
      expectRefusal(() => atTheExporter().when(exporter, decideRecordExport, toKyoto(lots, overrides)), {
        code: 'EXPORT.INVALID_COUNTRY',
        kind: 'invalid',
        field,
        rule: 'iso-3166-alpha-2',
      });
    });

    it('accepts HS codes of 6 to 10 digits, refuses 5 and 11', () => {
      const s = atTheExporter();
      expect(s.when(exporter, decideRecordExport, toKyoto(lots, { hsCode: '040900' }))).toHaveLength(1);
      expect(s.when(exporter, decideRecordExport, toKyoto(lots, { hsCode: '0409 00 0000' }))[0].event.data).toMatchObject({ hsCode: '0409000000' });
      for (const hsCode of ['04090', '04090000000']) {
        expectRefusal(() => s.when(exporter, decideRecordExport, toKyoto(lots, { hsCode })), {
          code: 'EXPORT.INVALID_HS_CODE',
          kind: 'invalid',
          field: 'hsCode',
          rule: 'hs-code',
          value: hsCode,
        });
      }
    });

    it.each(['customsDeclaration', 'certificateOfOrigin'])('refuses a blank %s', (field) => {
      expectRefusal(() => atTheExporter().when(exporter, decideRecordExport, toKyoto(lots, { [field]: ' ' })), {
        code: 'FACT.TEXT_REQUIRED',
        kind: 'invalid',
        field,
        rule: 'required',
      });
    });

    it('refuses a document without an id', () => {
      expectRefusal(() => atTheExporter().when(exporter, decideRecordExport, toKyoto(lots, { documents: [{ type: 'phytosanitary', id: '' }] })), {
        code: 'FACT.TEXT_REQUIRED',
        kind: 'invalid',
        field: 'documents[0].id',
        rule: 'required',
      });
    });
  });

  describe('lifecycle', () => {
    it('refuses a held lot', () => {
      const s = atTheExporter();
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'awaiting export lab report', heldAt: '2026-08-10T00:00:00Z' });
      expectRefusal(() => s.when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(1) }])), {
        code: 'LIFECYCLE.HELD',
        kind: 'conflict',
        field: 'lots[0].lotId',
        rule: 'not-held',
      });
    });

    it('accepts an export dated the clock skew ahead of the server, refuses a millisecond more', () => {
      const s = atTheExporter();
      const edge = plusMs(NOW.toISOString(), CLOCK_SKEW_MS);
      expect(s.when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(1) }], { exportedAt: edge }))).toHaveLength(1);
      expectRefusal(() => s.when(exporter, decideRecordExport, toKyoto([{ lotId: 'TMG-1', quantity: kg(1) }], { exportedAt: plusMs(edge, 1) })), {
        code: 'TIME.IN_FUTURE',
        kind: 'invalid',
        field: 'exportedAt',
        rule: 'not-in-future',
      });
    });
  });
});

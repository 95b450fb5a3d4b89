import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decideRecordInspection } from './decide-record-inspection';
import { RecordInspection } from './record-inspection.command';

const { asel, shop, lab, inspector } = PARTIES;
const moisture = (value: number) => ({ parameter: 'moisture', value, unit: '%', max: 18 });
const inspection = (overrides: Partial<RecordInspection> = {}): RecordInspection => ({
  inspectionId: 'I-1',
  lotId: 'TMG-1',
  results: [moisture(17.2), { parameter: 'HMF', value: 12, unit: 'mg/kg', min: 0, max: 40 }],
  inspectedAt: '2026-07-25T11:00:00+06:00',
  ...overrides,
});

function withHoney(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  return s;
}

describe('record an inspection', () => {
  it('given a lot, a lab records lot.inspected with each result judged against its limits', () => {
    const events = withHoney().when(lab, decideRecordInspection, inspection({ sampleId: 'SMP-7', placeId: 'city:bishkek', report: { type: 'lab-report', id: 'LR-2026-31' } }));
    expect(events).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.inspected',
          schemaVersion: 1,
          data: {
            inspectionId: 'I-1',
            lotId: 'TMG-1',
            sampleId: 'SMP-7',
            results: [
              { parameter: 'moisture', value: 17.2, unit: '%', max: 18, withinLimits: true },
              { parameter: 'HMF', value: 12, unit: 'mg/kg', min: 0, max: 40, withinLimits: true },
            ],
            outcome: 'passed',
            inspectedAt: '2026-07-25T05:00:00.000Z',
            placeId: 'city:bishkek',
            report: { type: 'lab-report', id: 'LR-2026-31' },
          },
        },
      },
    ]);
  });

  describe('outcome', () => {
    it('a value on its limit is within it and passes; a thousandth beyond fails the inspection', () => {
      const s = withHoney();
      expect(s.when(lab, decideRecordInspection, inspection({ results: [moisture(18)] }))[0].event.data).toMatchObject({ outcome: 'passed' });
      const [{ event }] = s.when(lab, decideRecordInspection, inspection({ results: [moisture(18.001)] }));
      expect(event.data).toMatchObject({ outcome: 'failed', results: [{ parameter: 'moisture', withinLimits: false }] });
    });

    it('an inspector may fail a lot whose values are within limits', () => {
      expect(withHoney().when(inspector, decideRecordInspection, inspection({ outcome: 'failed' }))[0].event.data).toMatchObject({ outcome: 'failed' });
    });

    it('refuses to call a result outside its limits a pass', () => {
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ results: [moisture(21)], outcome: 'passed' })), {
        code: 'INSPECTION.PASS_OUT_OF_LIMITS',
        kind: 'invalid',
        field: 'outcome',
        rule: 'results-within-limits',
        parameters: ['moisture'],
      });
    });

    it('refuses an outcome other than passed or failed', () => {
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ outcome: 'fine' as 'passed' })), {
        code: 'INSPECTION.INVALID_OUTCOME',
        kind: 'invalid',
        field: 'outcome',
        rule: 'known-value',
      });
    });
  });

  describe('results', () => {
    it('refuses no results, and more than 100', () => {
      for (const results of [[], Array.from({ length: 101 }, () => moisture(17))]) {
        expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ results })), {
          code: 'INSPECTION.NO_RESULTS',
          kind: 'invalid',
          field: 'results',
          rule: 'result-count',
        });
      }
    });

    it('refuses a value that is not a finite number, and limits with min above max', () => {
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ results: [moisture(Number.NaN)] })), {
        code: 'INSPECTION.INVALID_RESULT',
        kind: 'invalid',
        field: 'results[0].value',
        rule: 'finite-number',
      });
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ results: [{ parameter: 'pH', value: 4, unit: 'pH', min: 5, max: 3.5 }] })), {
        code: 'INSPECTION.INVALID_LIMITS',
        kind: 'invalid',
        field: 'results[0]',
        rule: 'min-not-above-max',
        min: 5,
        max: 3.5,
      });
    });

    it('refuses a blank parameter name', () => {
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ results: [{ ...moisture(17), parameter: ' ' }] })), {
        code: 'FACT.TEXT_REQUIRED',
        kind: 'invalid',
        field: 'results[0].parameter',
        rule: 'required',
      });
    });

    it('refuses a report reference without an id, pointing at report.id', () => {
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ report: { type: 'lab-report', id: ' ' } })), {
        code: 'FACT.TEXT_REQUIRED',
        kind: 'invalid',
        field: 'report.id',
        rule: 'required',
      });
    });
  });

  describe('who and where', () => {
    it('refuses anyone but a lab or an inspector (403), even the lot custodian', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordInspection, inspection()), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['lab', 'inspector'],
        held: ['producer'],
      });
    });

    it('labs and inspectors inspect anywhere, also where they operate nothing, but at a registered place', () => {
      expect(withHoney().when(inspector, decideRecordInspection, inspection({ placeId: 'apiary:tamga-1' }))).toHaveLength(1);
      expectRefusal(() => withHoney().when(inspector, decideRecordInspection, inspection({ placeId: 'apiary:nowhere' })), {
        code: 'REFERENCE.UNKNOWN_PLACE',
        kind: 'invalid',
        field: 'placeId',
        rule: 'registered-place',
      });
    });
  });

  describe('lifecycle', () => {
    it('inspects a held and recalled lot: that is exactly what gets inspected', () => {
      const s = withHoney();
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'suspected adulteration', heldAt: '2026-07-20T00:00:00Z' });
      s.given(inspector, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-1', reason: 'adulteration', scope: 'whole-lot', recalledAt: '2026-07-21T00:00:00Z' });
      expect(s.when(lab, decideRecordInspection, inspection())).toHaveLength(1);
    });

    it('inspects a retained sample of a used-up lot', () => {
      const s = withHoney();
      givenDelivered(s, 'TMG-1', 10, asel, shop, 'SH-1');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: { amount: 10, unit: 'kg' }, soldAt: '2026-08-02T00:00:00Z' });
      expect(s.lot('TMG-1').status).toBe('used-up');
      expect(s.when(lab, decideRecordInspection, inspection({ inspectedAt: '2026-08-03T00:00:00Z' }))).toHaveLength(1);
    });

    it('refuses an inspection dated before the lot existed, and of an unrecorded lot', () => {
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ inspectedAt: plusMs(HARVESTED_AT, -1) })), {
        code: 'TIME.BEFORE_LOT_EXISTS',
        kind: 'invalid',
        field: 'inspectedAt',
        rule: 'not-before-lot',
      });
      expectRefusal(() => withHoney().when(lab, decideRecordInspection, inspection({ lotId: 'TMG-404' })), {
        code: 'LOT.NOT_FOUND',
        kind: 'not-found',
        field: 'lotId',
        rule: 'recorded-lot',
      });
    });
  });
});

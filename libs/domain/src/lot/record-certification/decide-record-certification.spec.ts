import { PARTIES } from '../lot-world.testing';
import { Scenario, expectRefusal, givenCombHoney, givenDelivered, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decideRecordCertification } from './decide-record-certification';
import { RecordCertification } from './record-certification.command';

const { asel, shop, certifier, inspector } = PARTIES;
const organic = (overrides: Partial<RecordCertification> = {}): RecordCertification => ({
  certificateId: 'ORG-2026-17',
  lotId: 'TMG-1',
  schemeId: 'scheme:organic',
  validFrom: '2026-08-01',
  validUntil: '2027-07-31',
  certifiedAt: '2026-08-01T10:00:00+06:00',
  ...overrides,
});

function withHoney(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  return s;
}

describe('record a certification', () => {
  it("given a lot, the scheme's issuer records lot.certified for a period of dates", () => {
    expect(withHoney().when(certifier, decideRecordCertification, organic())).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.certified',
          schemaVersion: 1,
          data: {
            certificateId: 'ORG-2026-17',
            lotId: 'TMG-1',
            schemeId: 'scheme:organic',
            validFrom: '2026-08-01',
            validUntil: '2027-07-31',
            certifiedAt: '2026-08-01T04:00:00.000Z',
          },
        },
      },
    ]);
  });

  describe('validity period', () => {
    it('may end on the day of certification in Kyrgyzstan, not the day before', () => {
      const s = withHoney();
      const lastMinuteOf31July = '2026-07-31T23:59:59+06:00';
      expect(s.when(certifier, decideRecordCertification, organic({ validFrom: '2026-07-01', validUntil: '2026-07-31', certifiedAt: lastMinuteOf31July }))).toHaveLength(1);
      expectRefusal(() => s.when(certifier, decideRecordCertification, organic({ validFrom: '2026-07-01', validUntil: '2026-07-31', certifiedAt: '2026-08-01T00:00:00+06:00' })), {
        code: 'CERTIFICATE.INVALID_PERIOD',
        kind: 'invalid',
        field: 'validUntil',
        rule: 'valid-period',
        validFrom: '2026-07-01',
        validUntil: '2026-07-31',
      });
    });

    it('refuses a period that ends before it starts; a one-day period is fine', () => {
      const s = withHoney();
      expect(s.when(certifier, decideRecordCertification, organic({ validFrom: '2026-08-01', validUntil: '2026-08-01' }))).toHaveLength(1);
      expectRefusal(() => s.when(certifier, decideRecordCertification, organic({ validFrom: '2026-08-02', validUntil: '2026-08-01' })), {
        code: 'CERTIFICATE.INVALID_PERIOD',
        kind: 'invalid',
        field: 'validUntil',
        rule: 'valid-period',
      });
    });

    it('refuses a date that does not exist', () => {
      expectRefusal(() => withHoney().when(certifier, decideRecordCertification, organic({ validUntil: '2027-02-29' })), {
        code: 'TIME.INVALID_DATE',
        kind: 'invalid',
        field: 'validUntil',
        rule: 'iso-8601-date',
        value: '2027-02-29',
      });
    });
  });

  describe('who', () => {
    it("refuses anyone but the scheme's issuer (403), inspectors included", () => {
      expectRefusal(() => withHoney().when(inspector, decideRecordCertification, organic()), {
        code: 'ACCESS.NOT_ISSUER',
        kind: 'forbidden',
        field: 'schemeId',
        rule: 'scheme-issuer',
        issuer: 'certifier:bio-kg',
      });
    });

    it('refuses an unregistered scheme', () => {
      expectRefusal(() => withHoney().when(certifier, decideRecordCertification, organic({ schemeId: 'scheme:halal' })), {
        code: 'REFERENCE.UNKNOWN_SCHEME',
        kind: 'invalid',
        field: 'schemeId',
        rule: 'registered-scheme',
      });
    });
  });

  describe('lifecycle', () => {
    it('refuses a certificate id already recorded for the lot', () => {
      const s = withHoney();
      s.given(certifier, decideRecordCertification, organic());
      expectRefusal(() => s.when(certifier, decideRecordCertification, organic()), {
        code: 'CERTIFICATE.ALREADY_EXISTS',
        kind: 'conflict',
        field: 'certificateId',
        rule: 'new-certificate',
        certificateId: 'ORG-2026-17',
      });
    });

    it('refuses to certify a held lot', () => {
      const s = withHoney();
      s.given(asel, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'bees treated with oxalic acid', heldAt: '2026-07-20T00:00:00Z' });
      expectRefusal(() => s.when(certifier, decideRecordCertification, organic()), { code: 'LIFECYCLE.HELD', kind: 'conflict', field: 'lotId', rule: 'not-held' });
    });

    it('refuses to certify a used-up lot', () => {
      const s = withHoney();
      givenDelivered(s, 'TMG-1', 10, asel, shop, 'SH-1');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: { amount: 10, unit: 'kg' }, soldAt: '2026-07-31T00:00:00Z' });
      expectRefusal(() => s.when(certifier, decideRecordCertification, organic()), { code: 'LIFECYCLE.USED_UP', kind: 'conflict', field: 'lotId', rule: 'not-used-up' });
    });
  });
});

import { PARTIES } from '../lot-world.testing';
import { Scenario, expectRefusal, givenCombHoney, scenario } from '../lot-scenario.testing';
import { decideRecordCertification } from '../record-certification/decide-record-certification';
import { decideExpireCertificate } from './decide-expire-certificate';

const { asel, admin, certifier, inspector } = PARTIES;
const expiry = (expiredAt: string) => ({ lotId: 'TMG-1', certificateId: 'ORG-1', expiredAt });
const FIRST_DAY_AFTER = '2026-08-21T00:00:00+06:00';

/** TMG-1 holds an organic certificate ORG-1 valid until 20 August 2026. */
function certified(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  s.given(certifier, decideRecordCertification, {
    certificateId: 'ORG-1',
    lotId: 'TMG-1',
    schemeId: 'scheme:organic',
    validFrom: '2026-08-01',
    validUntil: '2026-08-20',
    certifiedAt: '2026-08-01T04:00:00Z',
  });
  return s;
}

describe('expire a certificate', () => {
  it('from the first minute after its last valid day in Kyrgyzstan, an admin job records lot.certificate-expired', () => {
    expect(certified().when(admin, decideExpireCertificate, expiry(FIRST_DAY_AFTER))).toEqual([
      {
        lotId: 'TMG-1',
        event: { type: 'lot.certificate-expired', schemaVersion: 1, data: { certificateId: 'ORG-1', lotId: 'TMG-1', expiredAt: '2026-08-20T18:00:00.000Z' } },
      },
    ]);
  });

  it('refuses an expiry on its last valid day, to the last second in Kyrgyzstan', () => {
    expectRefusal(() => certified().when(admin, decideExpireCertificate, expiry('2026-08-20T23:59:59+06:00')), {
      code: 'CERTIFICATE.NOT_YET_EXPIRED',
      kind: 'conflict',
      field: 'expiredAt',
      rule: 'after-valid-until',
      validUntil: '2026-08-20',
      value: '2026-08-20T17:59:59.000Z',
    });
  });

  it('the issuer and inspectors record expiries too; a producer does not (403)', () => {
    expect(certified().when(certifier, decideExpireCertificate, expiry(FIRST_DAY_AFTER))).toHaveLength(1);
    expect(certified().when(inspector, decideExpireCertificate, expiry(FIRST_DAY_AFTER))).toHaveLength(1);
    expectRefusal(() => certified().when(asel, decideExpireCertificate, expiry(FIRST_DAY_AFTER)), {
      code: 'ACCESS.NOT_ISSUER',
      kind: 'forbidden',
      field: 'certificateId',
      rule: 'issuer-inspector-or-admin',
      issuer: 'certifier:bio-kg',
    });
  });

  it('refuses to expire a certificate twice', () => {
    const s = certified();
    s.given(admin, decideExpireCertificate, expiry(FIRST_DAY_AFTER));
    expectRefusal(() => s.when(admin, decideExpireCertificate, expiry('2026-08-22T00:00:00+06:00')), {
      code: 'CERTIFICATE.NOT_VALID',
      kind: 'conflict',
      field: 'certificateId',
      rule: 'valid-certificate',
      status: 'expired',
    });
  });
});

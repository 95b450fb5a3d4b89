import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordCertification } from '../record-certification/decide-record-certification';
import { decideRevokeCertificate } from './decide-revoke-certificate';
import { RevokeCertificate } from './revoke-certificate.command';

const { asel, certifier, inspector } = PARTIES;
const revocation = (overrides: Partial<RevokeCertificate> = {}): RevokeCertificate => ({
  lotId: 'TMG-1',
  certificateId: 'ORG-1',
  reason: 'pesticide residue above the organic limit',
  revokedAt: '2026-08-10T10:00:00+06:00',
  ...overrides,
});

/** TMG-1 holds a valid organic certificate ORG-1. */
function certified(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  s.given(certifier, decideRecordCertification, {
    certificateId: 'ORG-1',
    lotId: 'TMG-1',
    schemeId: 'scheme:organic',
    validFrom: '2026-08-01',
    validUntil: '2027-07-31',
    certifiedAt: '2026-08-01T04:00:00Z',
  });
  return s;
}

describe('revoke a certificate', () => {
  it('given a valid certificate, its issuer records lot.certificate-revoked with the reason', () => {
    expect(certified().when(certifier, decideRevokeCertificate, revocation())).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.certificate-revoked',
          schemaVersion: 1,
          data: { certificateId: 'ORG-1', lotId: 'TMG-1', reason: 'pesticide residue above the organic limit', revokedAt: '2026-08-10T04:00:00.000Z' },
        },
      },
    ]);
  });

  it('an inspector revokes too, also on a held lot', () => {
    const s = certified();
    s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'residue found', heldAt: '2026-08-09T00:00:00Z' });
    expect(s.when(inspector, decideRevokeCertificate, revocation())).toHaveLength(1);
  });

  it('refuses anyone else (403), even the lot custodian', () => {
    expectRefusal(() => certified().when(asel, decideRevokeCertificate, revocation()), {
      code: 'ACCESS.NOT_ISSUER',
      kind: 'forbidden',
      field: 'certificateId',
      rule: 'issuer-or-inspector',
      issuer: 'certifier:bio-kg',
    });
  });

  it('refuses a certificate the lot does not have (404)', () => {
    expectRefusal(() => certified().when(certifier, decideRevokeCertificate, revocation({ certificateId: 'ORG-9' })), {
      code: 'CERTIFICATE.NOT_FOUND',
      kind: 'not-found',
      field: 'certificateId',
      rule: 'recorded-certificate',
      certificateId: 'ORG-9',
    });
  });

  it('refuses a certificate already revoked', () => {
    const s = certified();
    s.given(certifier, decideRevokeCertificate, revocation());
    expectRefusal(() => s.when(inspector, decideRevokeCertificate, revocation()), {
      code: 'CERTIFICATE.NOT_VALID',
      kind: 'conflict',
      field: 'certificateId',
      rule: 'valid-certificate',
      status: 'revoked',
    });
  });

  it('refuses a blank reason, and a time before the lot existed', () => {
    expectRefusal(() => certified().when(certifier, decideRevokeCertificate, revocation({ reason: '  ' })), {
      code: 'FACT.TEXT_REQUIRED',
      kind: 'invalid',
      field: 'reason',
      rule: 'required',
    });
    expectRefusal(() => certified().when(certifier, decideRevokeCertificate, revocation({ revokedAt: plusMs(HARVESTED_AT, -1) })), {
      code: 'TIME.BEFORE_LOT_EXISTS',
      kind: 'invalid',
      field: 'revokedAt',
      rule: 'not-before-lot',
    });
  });
});

import { CertificateRecord, MasterDataRecords } from './lot-story-source';
import { validCertificates } from './valid-certificates';

const masterData: MasterDataRecords = {
  products: new Map(),
  places: new Map(),
  schemes: new Map([['scheme:organic-kg', { schemeId: 'scheme:organic-kg', kind: 'organic', names: { ky: 'Органикалык', ru: 'Органика', en: 'Organic' }, version: 1 }]]),
};
const certificate = (id: string, status: string, validFrom: string, validUntil: string): CertificateRecord => ({
  certificateId: id, schemeId: 'scheme:organic-kg', validFrom, validUntil, issuerId: 'certifier:organic-kg', status,
});

describe('certificates valid today', () => {
  const all = [
    certificate('in-period', 'valid', '2026-01-01', '2026-12-31'),
    certificate('last-day-today', 'valid', '2026-01-01', '2026-08-05'),
    certificate('first-day-today', 'valid', '2026-08-05', '2027-08-04'),
    certificate('ended-yesterday', 'valid', '2025-08-05', '2026-08-04'),
    certificate('not-yet', 'valid', '2026-08-06', '2027-08-05'),
    certificate('revoked', 'revoked', '2026-01-01', '2026-12-31'),
    certificate('expired', 'expired', '2026-01-01', '2026-12-31'),
  ];

  it('keeps only valid certificates whose period holds today, both ends inclusive', () => {
    expect(validCertificates(all, '2026-08-05', masterData).map((c) => c.certificateId)).toEqual(['in-period', 'last-day-today', 'first-day-today']);
  });

  it("names each certificate's scheme", () => {
    expect(validCertificates(all, '2026-08-05', masterData)[0].scheme).toEqual({ id: 'scheme:organic-kg', kind: 'organic', names: expect.objectContaining({ en: 'Organic' }) });
  });
});

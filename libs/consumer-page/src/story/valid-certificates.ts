import { CertificateRecord, MasterDataRecords } from './lot-story-source';
import { ValidCertificate } from './lot-story';

/**
 * The certificates a consumer may rely on today: not revoked, not recorded as expired, and with
 * today (Kyrgyzstan's calendar date, both ends inclusive) inside their validity period, so a
 * certificate whose last day has passed disappears even before anyone records its expiry.
 */
export function validCertificates(certificates: readonly CertificateRecord[], today: string, masterData: MasterDataRecords): ValidCertificate[] {
  return certificates
    .filter((c) => c.status === 'valid' && c.validFrom <= today && today <= c.validUntil)
    .map((c) => {
      const scheme = masterData.schemes.get(c.schemeId);
      return {
        certificateId: c.certificateId,
        scheme: { id: c.schemeId, names: scheme?.names ?? null, kind: scheme?.kind ?? null },
        validFrom: c.validFrom,
        validUntil: c.validUntil,
      };
    });
}

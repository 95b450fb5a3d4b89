import { DomainError } from '../../shared/domain-error';
import { CertificateOfLot, ExistingLot } from '../lot-state';

/** The lot's certificate with this id, still valid (409 if revoked or expired, 404 if unknown). */
export function validCertificate(lot: ExistingLot, certificateId: string): CertificateOfLot {
  const certificate = lot.certificates.find((c) => c.certificateId === certificateId);
  if (!certificate) {
    throw new DomainError('CERTIFICATE.NOT_FOUND', 'not-found', `Lot ${lot.lotId} has no certificate ${certificateId}`, [
      { field: 'certificateId', rule: 'recorded-certificate', message: 'must name a certificate of this lot', certificateId },
    ]);
  }
  if (certificate.status !== 'valid') {
    throw new DomainError('CERTIFICATE.NOT_VALID', 'conflict', `Certificate ${certificateId} is already ${certificate.status}`, [
      { field: 'certificateId', rule: 'valid-certificate', message: `the certificate is ${certificate.status}`, status: certificate.status },
    ]);
  }
  return certificate;
}

import { DomainError } from '../../shared/domain-error';
import { kyrgyzstanDateAt } from '../../master-data/shared/calendar-date';
import { LotCertificateExpired } from '../events/lot-certification.event';
import { validCertificate } from '../rules/certificate';
import { assertLotExists, factTime } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { ExpireCertificate } from './expire-certificate.command';

/**
 * Decides an expiry: a valid certificate expires only after its last valid day (Kyrgyzstan time);
 * recorded by its issuer, an inspector or an admin (a scheduled job runs with an admin key).
 */
export function decideExpireCertificate(command: ExpireCertificate, context: LotDecisionContext): LotEventFor[] {
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const certificate = validCertificate(lot, command.certificateId);
  const actor = context.actor;
  if (certificate.issuerId !== actor.partyId && !actor.kinds.some((k) => k === 'inspector' || k === 'admin')) {
    throw new DomainError('ACCESS.NOT_ISSUER', 'forbidden', 'Only the issuer, an inspector or an admin records an expiry', [
      { field: 'certificateId', rule: 'issuer-inspector-or-admin', message: 'only the issuer, an inspector or an admin records an expiry', issuer: certificate.issuerId },
    ]);
  }
  const expiredAt = factTime(command.expiredAt, 'expiredAt', context.now, [lot]);
  if (kyrgyzstanDateAt(new Date(expiredAt)) <= certificate.validUntil) {
    throw new DomainError('CERTIFICATE.NOT_YET_EXPIRED', 'conflict', `Certificate ${certificate.certificateId} is valid until ${certificate.validUntil}`, [
      { field: 'expiredAt', rule: 'after-valid-until', message: 'a certificate expires after its last valid day', validUntil: certificate.validUntil, value: expiredAt },
    ]);
  }
  const event: LotCertificateExpired = {
    type: 'lot.certificate-expired',
    schemaVersion: 1,
    data: { certificateId: certificate.certificateId, lotId: lot.lotId, expiredAt },
  };
  return [{ lotId: lot.lotId, event }];
}

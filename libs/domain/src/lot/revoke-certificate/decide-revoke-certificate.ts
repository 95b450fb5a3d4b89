import { DomainError } from '../../shared/domain-error';
import { LotCertificateRevoked } from '../events/lot-certification.event';
import { validCertificate } from '../rules/certificate';
import { assertLotExists, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { RevokeCertificate } from './revoke-certificate.command';

/** Decides a revocation: by the certificate's issuer or an inspector, of a certificate still valid, whatever the lot's state. */
export function decideRevokeCertificate(command: RevokeCertificate, context: LotDecisionContext): LotEventFor[] {
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const certificate = validCertificate(lot, command.certificateId);
  const actor = context.actor;
  if (certificate.issuerId !== actor.partyId && !actor.kinds.includes('inspector')) {
    throw new DomainError('ACCESS.NOT_ISSUER', 'forbidden', 'Only the issuer or an inspector revokes a certificate', [
      { field: 'certificateId', rule: 'issuer-or-inspector', message: 'only the issuer or an inspector revokes a certificate', issuer: certificate.issuerId },
    ]);
  }
  const event: LotCertificateRevoked = {
    type: 'lot.certificate-revoked',
    schemaVersion: 1,
    data: {
      certificateId: certificate.certificateId,
      lotId: lot.lotId,
      reason: text(command.reason, 'reason'),
      revokedAt: factTime(command.revokedAt, 'revokedAt', context.now, [lot]),
    },
  };
  return [{ lotId: lot.lotId, event }];
}

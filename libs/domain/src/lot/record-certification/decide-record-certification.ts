import { DomainError } from '../../shared/domain-error';
import { calendarDateOf, kyrgyzstanDateAt } from '../../master-data/shared/calendar-date';
import { LotCertified } from '../events/lot-certification.event';
import { assertLotExists, assertUsable, factId, factTime } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { RecordCertification } from './record-certification.command';

/**
 * Decides a certification: only the issuer of a registered scheme certifies, for a period that
 * does not end before it starts nor before the day of certification; a held, recalled or used-up
 * lot is not certified; a certificate id is used once per lot.
 */
export function decideRecordCertification(command: RecordCertification, context: LotDecisionContext): LotEventFor[] {
  const certificateId = factId(command.certificateId, 'certificateId');
  const scheme = context.masterData.scheme(command.schemeId);
  if (!scheme) {
    throw new DomainError('REFERENCE.UNKNOWN_SCHEME', 'invalid', `Scheme ${command.schemeId} is not registered`, [
      { field: 'schemeId', rule: 'registered-scheme', message: 'must name a registered scheme', schemeId: command.schemeId },
    ]);
  }
  if (scheme.issuerPartyId !== context.actor.partyId) {
    throw new DomainError('ACCESS.NOT_ISSUER', 'forbidden', `Only ${scheme.issuerPartyId} issues ${scheme.schemeId} certificates`, [
      { field: 'schemeId', rule: 'scheme-issuer', message: "only the scheme's issuer certifies under it", issuer: scheme.issuerPartyId },
    ]);
  }
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  assertUsable(lot, 'lotId', 'certify');
  if (lot.certificates.some((c) => c.certificateId === certificateId)) {
    throw new DomainError('CERTIFICATE.ALREADY_EXISTS', 'conflict', `Certificate ${certificateId} is already recorded for lot ${lot.lotId}`, [
      { field: 'certificateId', rule: 'new-certificate', message: 'a certificate id is recorded once per lot', certificateId },
    ]);
  }
  const validFrom = calendarDateOf(command.validFrom, 'validFrom');
  const validUntil = calendarDateOf(command.validUntil, 'validUntil');
  const certifiedAt = factTime(command.certifiedAt, 'certifiedAt', context.now, [lot]);
  if (validUntil < validFrom || validUntil < kyrgyzstanDateAt(new Date(certifiedAt))) {
    throw new DomainError('CERTIFICATE.INVALID_PERIOD', 'invalid', 'The validity period ends before it starts or before the certification', [
      { field: 'validUntil', rule: 'valid-period', message: 'must not be before validFrom nor before the day of certification', validFrom, validUntil },
    ]);
  }
  const event: LotCertified = {
    type: 'lot.certified',
    schemaVersion: 1,
    data: { certificateId, lotId: lot.lotId, schemeId: scheme.schemeId, validFrom, validUntil, certifiedAt },
  };
  return [{ lotId: lot.lotId, event }];
}

import type { LotCertificateExpired, LotCertificateRevoked, LotCertified } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { tamgaUrn } from '../epcis-identifiers';
import type { LotRenderingContext } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { wholeLot } from './quantity-element';
import { TAMGA_BIZ_STEPS } from './tamga-biz-steps';

/**
 * A certificate's life on a lot: ObjectEvents OBSERVE of the lot whose EPCIS 2.0
 * certificationInfo names the certificate (`urn:tamga:certificate:{id}`), so every event about one
 * certificate can be found by it. Certification changes nothing about the goods: no disposition.
 */
function certificateEvent(certificateId: string, lotId: string, bizStep: string, context: LotRenderingContext, extra: Record<string, unknown>): EventDraft {
  return {
    type: 'ObjectEvent',
    fields: {
      certificationInfo: tamgaUrn('certificate', certificateId),
      quantityList: wholeLot(context, lotId),
      action: 'OBSERVE',
      bizStep,
      ...extra,
    },
  };
}

/** The issuer of a scheme certified the lot for a validity period of calendar dates. */
export function certifiedDraft(event: LotCertified, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return certificateEvent(d.certificateId, d.lotId, TAMGA_BIZ_STEPS.certifying, context, {
    [tamga('scheme')]: tamgaUrn('scheme', d.schemeId),
    [tamga('validFrom')]: d.validFrom,
    [tamga('validUntil')]: d.validUntil,
  });
}

/** The certificate was withdrawn before its end. */
export function certificateRevokedDraft(event: LotCertificateRevoked, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return certificateEvent(d.certificateId, d.lotId, TAMGA_BIZ_STEPS.revokingCertification, context, { [tamga('reason')]: d.reason });
}

/** The certificate's validity ended. */
export function certificateExpiredDraft(event: LotCertificateExpired, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return certificateEvent(d.certificateId, d.lotId, TAMGA_BIZ_STEPS.expiringCertification, context, {});
}

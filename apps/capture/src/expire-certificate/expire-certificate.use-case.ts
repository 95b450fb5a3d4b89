import { ExpireCertificate, decideExpireCertificate } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A certificate's validity ended. */
export const EXPIRE_CERTIFICATE: LotFactUseCase<ExpireCertificate> = {
  name: 'expire-certificate',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decideExpireCertificate,
};

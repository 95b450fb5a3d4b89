import { RevokeCertificate, decideRevokeCertificate } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A valid certificate withdrawn by its issuer or an inspector. */
export const REVOKE_CERTIFICATE: LotFactUseCase<RevokeCertificate> = {
  name: 'revoke-certificate',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decideRevokeCertificate,
};

import { RevocationReason } from '../../access/revocation-reason';

/** Signatures by this key made from `revokedAt` on are refused; earlier ones stay valid. Wire type `party.signing-key-revoked`. */
export interface SigningKeyRevoked {
  readonly type: 'party.signing-key-revoked';
  readonly schemaVersion: 1;
  readonly data: {
    readonly partyId: string;
    readonly keyId: string;
    readonly revokedAt: string;
    readonly reason?: RevocationReason;
  };
}

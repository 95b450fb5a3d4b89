import { RevocationReason } from '../../../access/revocation-reason';

/** Revoke a party's signing key: its later signatures fail, its earlier ones stay valid. */
export interface RevokeSigningKey {
  readonly partyId: string;
  readonly keyId: string;
  readonly reason?: RevocationReason | string;
}

/** Register an Ed25519 public key a party (or one of its field devices) signs facts with. */
export interface RegisterSigningKey {
  readonly partyId: string;
  /** Derived from the public key by the caller (the integrity library's key id). */
  readonly keyId: string;
  readonly publicKey: string;
  readonly device?: string;
}

/** A party (or one of its field devices) can sign facts with this Ed25519 key from `registeredAt`. Wire type `party.signing-key-registered`, on stream `party/<partyId>`. */
export interface SigningKeyRegistered {
  readonly type: 'party.signing-key-registered';
  readonly schemaVersion: 1;
  readonly data: {
    readonly partyId: string;
    readonly keyId: string;
    /** Raw 32-byte Ed25519 public key, base64url without padding. */
    readonly publicKey: string;
    /** Which field device of the party holds the private key, when it is one (a label, not a person). */
    readonly device?: string;
    readonly registeredAt: string;
  };
}

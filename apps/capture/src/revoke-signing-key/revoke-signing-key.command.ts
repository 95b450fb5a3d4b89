/** The CQRS command for "revoke a signing key": the party, the key, why, who asked, and the retry key. */
export class RevokeSigningKeyCommand {
  constructor(
    readonly partyId: string,
    readonly keyId: string,
    readonly reason: string | undefined,
    readonly actorId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

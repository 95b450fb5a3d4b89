/** The CQRS command for "register a signing key": the party, its key, who asked, and the retry key. */
export class RegisterSigningKeyCommand {
  constructor(
    readonly partyId: string,
    readonly publicKey: string,
    readonly device: string | undefined,
    readonly actorId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

import { RegisterParty } from '#tamga/domain';

/** The CQRS command for "register or revise a party": the domain command, who asked, and the retry key. */
export class RegisterPartyCommand {
  constructor(
    readonly party: RegisterParty,
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

import { RegisterSpecialisation } from '#tamga/domain';

/** The CQRS command for "register a village for a product": the domain command, who asked, and the retry key. */
export class RegisterSpecialisationCommand {
  constructor(
    readonly specialisation: RegisterSpecialisation,
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

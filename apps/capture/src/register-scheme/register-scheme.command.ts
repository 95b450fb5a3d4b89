import { RegisterScheme } from '#tamga/domain';

/** The CQRS command for "register or revise a scheme": the domain command, who asked, and the retry key. */
export class RegisterSchemeCommand {
  constructor(
    readonly scheme: RegisterScheme,
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

import { RegisterPlace } from '#tamga/domain';

/** The CQRS command for "register or revise a place": the domain command, who asked, and the retry key. */
export class RegisterPlaceCommand {
  constructor(
    readonly place: RegisterPlace,
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

import { RegisterProduct } from '#tamga/domain';

/** The CQRS command for "register or revise a product": the domain command, who asked, and the retry key. */
export class RegisterProductCommand {
  constructor(
    readonly product: RegisterProduct,
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

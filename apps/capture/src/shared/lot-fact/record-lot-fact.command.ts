import { LotFactUseCase } from './lot-fact-use-case';

/** The CQRS command for every lot fact: what to decide, who asks (from the API key), and the retry key. */
export class RecordLotFactCommand<TCommand = unknown> {
  constructor(
    readonly useCase: LotFactUseCase<TCommand>,
    readonly command: TCommand,
    readonly actorId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

import { LotFactUseCase } from './lot-fact-use-case';
import { LotFactSigning, UNSIGNED } from './lot-fact-signing';

/** The CQRS command for every lot fact: what to decide, who asks (from the API key), the retry key, and its signature. */
export class RecordLotFactCommand<TCommand = unknown> {
  constructor(
    readonly useCase: LotFactUseCase<TCommand>,
    readonly command: TCommand,
    readonly actorId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
    readonly signing: LotFactSigning = UNSIGNED,
  ) {}
}

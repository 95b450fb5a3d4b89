import { LotFactUseCase } from './lot-fact-use-case';

/** One fact of a batch: its use case, its command, and where it sits in the request (for problems). */
export interface BatchItem {
  readonly useCase: LotFactUseCase<never>;
  readonly command: unknown;
  /** `facts[3]` or `harvests[3]`: prefixed to every field a refusal names. */
  readonly at: string;
  /** The offline device's id for the fact: a fact already recorded under it is not recorded again. */
  readonly clientEventId?: string;
  /** The fact's signature, `<keyId>:<base64url>` (ADR 0016), as a device signed it offline. */
  readonly signature?: string;
  /** Where the signature sits in the request (`facts[3].signature`), for refusals. */
  readonly signatureAt?: string;
}

/** All or none (the default), or keep the valid facts and report each rejected one. */
export type BatchMode = 'all-or-nothing' | 'keep-valid';

/** The CQRS command for a batch of lot facts, decided in order against each other's outcome. */
export class RecordLotFactBatchCommand {
  constructor(
    readonly items: readonly BatchItem[],
    readonly mode: BatchMode,
    readonly actorId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

import { RecordHarvest } from '#tamga/domain';

/** Record several harvests in one transaction: every one is recorded, or none is. */
export class RecordHarvestBatchCommand {
  constructor(
    readonly harvests: readonly RecordHarvest[],
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

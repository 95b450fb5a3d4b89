import { RecordHarvest } from '#tamga/domain';

/** The CQRS command for "record a harvest": the domain command plus who asked and the retry key. */
export class RecordHarvestCommand {
  constructor(
    readonly harvest: RecordHarvest,
    readonly actorId: string | null,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {}
}

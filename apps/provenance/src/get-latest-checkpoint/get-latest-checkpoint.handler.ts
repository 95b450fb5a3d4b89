import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { CheckpointView, findLatestCheckpoint } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { GetLatestCheckpointQuery } from './get-latest-checkpoint.query';

/** Reads the latest checkpoint; before the first one is signed, a 404 saying so. */
@QueryHandler(GetLatestCheckpointQuery)
export class GetLatestCheckpointHandler implements IQueryHandler<GetLatestCheckpointQuery, CheckpointView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(): Promise<CheckpointView> {
    const found = await findLatestCheckpoint(this.pool);
    if (!found) throw new DomainError('LOG.NO_CHECKPOINT_YET', 'not-found', 'No checkpoint of the Tamga log has been signed yet', []);
    return found;
  }
}

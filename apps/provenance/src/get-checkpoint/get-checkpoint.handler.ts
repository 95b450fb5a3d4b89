import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { CheckpointView, findCheckpoint } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { noCheckpointAt } from '../merkle-log-reads/no-checkpoint';
import { GetCheckpointQuery } from './get-checkpoint.query';

/** Reads the checkpoint of one tree size; a size never checkpointed is a 404. */
@QueryHandler(GetCheckpointQuery)
export class GetCheckpointHandler implements IQueryHandler<GetCheckpointQuery, CheckpointView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetCheckpointQuery): Promise<CheckpointView> {
    const found = await findCheckpoint(this.pool, query.treeSize);
    if (!found) throw noCheckpointAt('treeSize', query.treeSize);
    return found;
  }
}

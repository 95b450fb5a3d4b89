import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { CheckpointView, listCheckpoints } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { ListCheckpointsQuery } from './list-checkpoints.query';

/** A page of checkpoints; `next` is the `after` of the following page, null at the end. */
export interface CheckpointPage {
  readonly items: readonly CheckpointView[];
  readonly next: number | null;
}

/** Reads a page of checkpoints. */
@QueryHandler(ListCheckpointsQuery)
export class ListCheckpointsHandler implements IQueryHandler<ListCheckpointsQuery, CheckpointPage> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute(query: ListCheckpointsQuery): Promise<CheckpointPage> {
    return listCheckpoints(this.pool, { after: query.after, limit: query.limit });
  }
}

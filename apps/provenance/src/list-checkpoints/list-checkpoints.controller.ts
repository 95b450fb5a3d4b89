import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { sizeParam } from '../merkle-log-reads/log-params';
import { CheckpointPage } from './list-checkpoints.handler';
import { ListCheckpointsQuery } from './list-checkpoints.query';

const MAX_PAGE = 500;

/** GET /log/checkpoints?after=&limit=: every signed checkpoint in tree-size order, a page at a time. Public. */
@ApiTags('log')
@Controller('log/checkpoints')
export class ListCheckpointsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiQuery({ name: 'after', required: false, description: 'A tree size: checkpoints of larger trees (default 0)' })
  @ApiQuery({ name: 'limit', required: false, description: `At most this many (1 to ${MAX_PAGE}, default 100)` })
  @ApiOkResponse({ description: '{ items, next }: pass `next` as `after` for the following page' })
  @ApiBadRequestResponse({ description: 'A malformed after or limit: problem+json naming it' })
  list(@Query('after') after?: string, @Query('limit') limit?: string): Promise<CheckpointPage> {
    const size = sizeParam(limit, 'limit', 1) ?? 100;
    const capped = Math.min(size, MAX_PAGE);
    return this.queryBus.execute<ListCheckpointsQuery, CheckpointPage>(new ListCheckpointsQuery(sizeParam(after, 'after', 0) ?? 0, capped));
  }
}

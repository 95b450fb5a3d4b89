import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CheckpointView } from '#tamga/merkle-log';
import { requiredSizeParam } from '../merkle-log-reads/log-params';
import { GetCheckpointQuery } from './get-checkpoint.query';

/** GET /log/checkpoints/{treeSize}: the checkpoint signed at that tree size. Public. */
@ApiTags('log')
@Controller('log/checkpoints')
export class GetCheckpointController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':treeSize')
  @ApiOkResponse({ description: 'The signed checkpoint of that size' })
  @ApiBadRequestResponse({ description: 'Not a tree size: problem+json' })
  @ApiNotFoundResponse({ description: 'No checkpoint at that size: problem+json' })
  get(@Param('treeSize') treeSize: string): Promise<CheckpointView> {
    return this.queryBus.execute<GetCheckpointQuery, CheckpointView>(new GetCheckpointQuery(requiredSizeParam(treeSize, 'treeSize', 1)));
  }
}

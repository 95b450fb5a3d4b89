import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CheckpointView } from '#tamga/merkle-log';
import { GetLatestCheckpointQuery } from './get-latest-checkpoint.query';

/** GET /log/checkpoints/latest: the latest signed tree head of the Tamga log (ADR 0016). Public. */
@ApiTags('log')
@Controller('log/checkpoints')
export class GetLatestCheckpointController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('latest')
  @ApiOkResponse({ description: '{ log, treeSize, rootHash, timestamp, keyId, signature, eventId }: signed over "tamga\\n<treeSize>\\n<rootHash>\\n<timestamp>\\n"' })
  @ApiNotFoundResponse({ description: 'No checkpoint yet: problem+json' })
  latest(): Promise<CheckpointView> {
    return this.queryBus.execute<GetLatestCheckpointQuery, CheckpointView>(new GetLatestCheckpointQuery());
  }
}

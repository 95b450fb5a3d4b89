import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InclusionProofView } from '#tamga/merkle-log';
import { eventIdParam, sizeParam } from '../merkle-log-reads/log-params';
import { GetInclusionProofQuery } from './get-inclusion-proof.query';

/** GET /log/events/{eventId}/inclusion-proof?treeSize=N: an RFC 9162 audit path from the event's leaf to a signed root. Public. */
@ApiTags('log')
@Controller('log/events')
export class GetInclusionProofController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':eventId/inclusion-proof')
  @ApiQuery({ name: 'treeSize', required: false, description: 'A checkpointed tree size (default: the latest checkpoint)' })
  @ApiOkResponse({ description: '{ eventId, leafIndex, treeSize, recordHash, leafHash, auditPath (hex, leaf side first), checkpoint }' })
  @ApiBadRequestResponse({ description: 'A malformed eventId or treeSize: problem+json naming it' })
  @ApiNotFoundResponse({ description: 'No such event, or no checkpoint at treeSize: problem+json' })
  @ApiConflictResponse({ description: 'The event is not yet covered by the checkpoint: problem+json saying so' })
  get(@Param('eventId') eventId: string, @Query('treeSize') treeSize?: string): Promise<InclusionProofView> {
    return this.queryBus.execute<GetInclusionProofQuery, InclusionProofView>(
      new GetInclusionProofQuery(eventIdParam(eventId), sizeParam(treeSize, 'treeSize', 1) ?? null),
    );
  }
}

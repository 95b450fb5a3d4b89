import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError } from '#tamga/domain';
import { ConsistencyProofView } from '#tamga/merkle-log';
import { requiredSizeParam } from '../merkle-log-reads/log-params';
import { GetConsistencyProofQuery } from './get-consistency-proof.query';

/** GET /log/consistency-proof?from=M&to=N: an RFC 9162 proof that the tree of M leaves is a prefix of the tree of N. Public. */
@ApiTags('log')
@Controller('log')
export class GetConsistencyProofController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('consistency-proof')
  @ApiQuery({ name: 'from', required: true, description: 'The older checkpoint\'s tree size' })
  @ApiQuery({ name: 'to', required: true, description: 'The newer checkpoint\'s tree size (at least from)' })
  @ApiOkResponse({ description: '{ from, to (the two signed checkpoints), proof (hex) }' })
  @ApiBadRequestResponse({ description: 'A missing or malformed from/to, or from > to: problem+json naming it' })
  @ApiNotFoundResponse({ description: 'A size that is no checkpoint\'s: problem+json naming it' })
  get(@Query('from') from?: string, @Query('to') to?: string): Promise<ConsistencyProofView> {
    const older = requiredSizeParam(from, 'from', 1);
    const newer = requiredSizeParam(to, 'to', 1);
    if (older > newer) {
      throw new DomainError('LOG.MALFORMED_PARAMETER', 'malformed', `from (${older}) must not exceed to (${newer})`, [
        { field: 'from', rule: 'from<=to', message: 'the older tree size comes first' },
      ]);
    }
    return this.queryBus.execute<GetConsistencyProofQuery, ConsistencyProofView>(new GetConsistencyProofQuery(older, newer));
  }
}

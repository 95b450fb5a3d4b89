import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { OpenFlagsView } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { ListOpenFlagsQuery } from './list-open-flags.query';
import { ListOpenFlagsRequestDto } from './list-open-flags.request.dto';

/**
 * GET /flags?kind=: open flags, newest first: origin mismatches not dismissed, open holds, recalls,
 * shipments more than 2 % short, and yields in the outer tenth of their bound.
 */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('flags')
export class ListOpenFlagsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: '{ flags: [{ kind, lotId, flagId, raisedAt, raisedBy, details }], counts, truncated, thresholds }' })
  @ApiUnprocessableEntityResponse({ description: 'An unknown kind or a bad limit: problem+json' })
  list(@Query() query: ListOpenFlagsRequestDto): Promise<OpenFlagsView> {
    return this.queryBus.execute<ListOpenFlagsQuery, OpenFlagsView>(new ListOpenFlagsQuery(query.kind, query.limit ?? 200));
  }
}

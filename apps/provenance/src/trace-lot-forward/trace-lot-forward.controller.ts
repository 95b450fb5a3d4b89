import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { DEFAULT_TRACE_DEPTH, TraceForwardView } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { lotIdParam } from '../inspector/lot-id-param';
import { TraceDepthRequestDto } from '../inspector/trace-depth.request.dto';
import { TraceLotForwardQuery } from './trace-lot-forward.query';

/** GET /lots/:lotId/trace/forward: a recall's blast radius, every downstream lot, unit, shop and export shipment. */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('lots')
export class TraceLotForwardController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/trace/forward')
  @ApiOkResponse({ description: '{ lots, units, shops, exports, summary, complete, depthLimitReached, stoppedAt, cycleLotIds }' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  @ApiUnprocessableEntityResponse({ description: 'maxDepth not a whole number from 1 to 64: problem+json' })
  traceForward(@Param('lotId') lotId: string, @Query() query: TraceDepthRequestDto): Promise<TraceForwardView> {
    return this.queryBus.execute<TraceLotForwardQuery, TraceForwardView>(new TraceLotForwardQuery(lotIdParam(lotId), query.maxDepth ?? DEFAULT_TRACE_DEPTH));
  }
}

import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { DEFAULT_TRACE_DEPTH, TraceBackView } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { lotIdParam } from '../inspector/lot-id-param';
import { TraceDepthRequestDto } from '../inspector/trace-depth.request.dto';
import { jsonBody } from './json-body';
import { TraceLotBackQuery } from './trace-lot-back.query';

/** GET /lots/:lotId/trace/back: every upstream lot to each origin village and producer, with the share and quantity each contributed. */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('lots')
export class TraceLotBackController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/trace/back')
  @ApiOkResponse({ description: '{ lots, origins, villages, producers, complete, depthLimitReached, stoppedAt, cycleLotIds }' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  @ApiUnprocessableEntityResponse({ description: 'maxDepth not a whole number from 1 to 64: problem+json' })
  // Serialised here, in pieces (jsonBody): a deep trace is too big an answer for one JSON.stringify.
  @Header('content-type', 'application/json; charset=utf-8')
  async traceBack(@Param('lotId') lotId: string, @Query() query: TraceDepthRequestDto): Promise<Buffer> {
    return jsonBody(await this.queryBus.execute<TraceLotBackQuery, TraceBackView>(new TraceLotBackQuery(lotIdParam(lotId), query.maxDepth ?? DEFAULT_TRACE_DEPTH)));
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { assertLotId } from '#tamga/domain';
import { LotView } from '#tamga/read-models';
import { GetLotQuery } from './get-lot.query';

/** GET /lots/:lotId: a lot, where it comes from, and its event history. */
@ApiTags('lots')
@Controller('lots')
export class GetLotController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId')
  @ApiOkResponse({ description: 'The lot and its events, oldest first' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  getLot(@Param('lotId') lotId: string): Promise<LotView> {
    assertLotId(lotId, 'lotId', 'malformed');
    return this.queryBus.execute<GetLotQuery, LotView>(new GetLotQuery(lotId));
  }
}

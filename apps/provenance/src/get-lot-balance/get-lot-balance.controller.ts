import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LotBalanceView } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { lotIdParam } from '../inspector/lot-id-param';
import { GetLotBalanceQuery } from './get-lot-balance.query';

/** GET /lots/:lotId/balance: in, out by kind, in transit, on hand, loss % and flags, in the lot's unit. */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('lots')
export class GetLotBalanceController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/balance')
  @ApiOkResponse({ description: '{ in, out, custody, onHand, lossPercent, shipments, flags }' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  balance(@Param('lotId') lotId: string): Promise<LotBalanceView> {
    return this.queryBus.execute<GetLotBalanceQuery, LotBalanceView>(new GetLotBalanceQuery(lotIdParam(lotId)));
  }
}

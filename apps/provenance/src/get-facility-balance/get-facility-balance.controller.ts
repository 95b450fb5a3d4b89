import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FacilityBalanceView } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { referenceIdParam } from '../master-data-reads/reference-id-param';
import { GetFacilityBalanceQuery } from './get-facility-balance.query';

/** GET /facilities/:placeId/balance: per product, in, out, on hand and loss %; the facility's processing yields; flags. */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('facilities')
export class GetFacilityBalanceController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':placeId/balance')
  @ApiOkResponse({ description: '{ placeId, kind, names, products: [{ in, out, onHand, lostInTransit, lossPercent }], processing, flags }' })
  @ApiBadRequestResponse({ description: 'Not a place id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such place: problem+json' })
  balance(@Param('placeId') placeId: string): Promise<FacilityBalanceView> {
    return this.queryBus.execute<GetFacilityBalanceQuery, FacilityBalanceView>(new GetFacilityBalanceQuery(referenceIdParam(placeId, 'placeId')));
  }
}

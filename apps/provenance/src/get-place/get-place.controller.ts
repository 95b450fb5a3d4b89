import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlaceView } from '#tamga/read-models';
import { referenceIdParam } from '../master-data-reads/reference-id-param';
import { GetPlaceQuery } from './get-place.query';

/** GET /places/{placeId}: a region, district, village or facility, with its GLN and geometry. */
@ApiTags('master data')
@Controller('places')
export class GetPlaceController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':placeId')
  @ApiOkResponse({ description: 'The place at its latest version' })
  @ApiBadRequestResponse({ description: 'Not a place id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such place: problem+json' })
  get(@Param('placeId') placeId: string): Promise<PlaceView> {
    return this.queryBus.execute<GetPlaceQuery, PlaceView>(new GetPlaceQuery(referenceIdParam(placeId, 'placeId')));
  }
}

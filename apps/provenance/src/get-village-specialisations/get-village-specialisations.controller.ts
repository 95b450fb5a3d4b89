import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { VillageSpecialisationsView } from '#tamga/read-models';
import { referenceIdParam } from '../master-data-reads/reference-id-param';
import { GetVillageSpecialisationsQuery } from './get-village-specialisations.query';

/** GET /villages/{villageId}/specialisations: the products a village is registered for under OVOP, and since when. */
@ApiTags('master data')
@Controller('villages')
export class GetVillageSpecialisationsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':villageId/specialisations')
  @ApiOkResponse({ description: '{ villageId, specialisations: [{ productId, since }] }, oldest first' })
  @ApiBadRequestResponse({ description: 'Not a village id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such village: problem+json' })
  get(@Param('villageId') villageId: string): Promise<VillageSpecialisationsView> {
    return this.queryBus.execute<GetVillageSpecialisationsQuery, VillageSpecialisationsView>(
      new GetVillageSpecialisationsQuery(referenceIdParam(villageId, 'villageId')),
    );
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PartyView } from '#tamga/read-models';
import { referenceIdParam } from '../master-data-reads/reference-id-param';
import { GetPartyQuery } from './get-party.query';

/** GET /parties/{partyId}: a party's public record (roles, memberships, places operated); never personal details. */
@ApiTags('master data')
@Controller('parties')
export class GetPartyController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':partyId')
  @ApiOkResponse({ description: 'The party at its latest version, without personal details' })
  @ApiBadRequestResponse({ description: 'Not a party id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such party: problem+json' })
  get(@Param('partyId') partyId: string): Promise<PartyView> {
    return this.queryBus.execute<GetPartyQuery, PartyView>(new GetPartyQuery(referenceIdParam(partyId, 'partyId')));
  }
}

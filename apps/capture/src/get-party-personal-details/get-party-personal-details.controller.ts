import { Controller, Get, Header, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PartyPersonalDetails } from '#tamga/domain';
import { Roles } from '#tamga/auth';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { PartyPersonalDetailsResponse } from '../party-personal-details/party-personal-details.response';
import { GetPartyPersonalDetailsQuery } from './get-party-personal-details.query';

/** GET /parties/{partyId}/personal-details: an admin reads who a party is. Never on the public provenance API. */
@ApiTags('personal details')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('parties')
export class GetPartyPersonalDetailsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':partyId/personal-details')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PartyPersonalDetailsResponse })
  @ApiNotFoundResponse({ description: 'No details are kept for this party (never recorded, or erased)' })
  get(@Param('partyId') partyIdParam: string): Promise<PartyPersonalDetails> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    return this.queryBus.execute<GetPartyPersonalDetailsQuery, PartyPersonalDetails>(new GetPartyPersonalDetailsQuery(partyId));
  }
}

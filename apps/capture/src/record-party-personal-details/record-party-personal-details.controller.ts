import { Body, Controller, Header, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { PartyPersonalDetails } from '#tamga/domain';
import { Roles } from '#tamga/auth';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { PartyPersonalDetailsResponse } from '../party-personal-details/party-personal-details.response';
import { RecordPartyPersonalDetailsCommand } from './record-party-personal-details.command';
import { RecordPartyPersonalDetailsRequestDto } from './record-party-personal-details.request.dto';

/** PUT /parties/{partyId}/personal-details: who the party is as a person, kept out of the event log. */
@ApiTags('personal details')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('parties')
export class RecordPartyPersonalDetailsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':partyId/personal-details')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PartyPersonalDetailsResponse, description: 'The details as stored (the phone in E.164)' })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  @ApiNotFoundResponse({ description: 'The party is not registered' })
  record(@Param('partyId') partyIdParam: string, @Body() body: RecordPartyPersonalDetailsRequestDto): Promise<PartyPersonalDetails> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    return this.commandBus.execute<RecordPartyPersonalDetailsCommand, PartyPersonalDetails>(
      new RecordPartyPersonalDetailsCommand({ ...body, partyId }),
    );
  }
}

import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '#tamga/auth';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { ErasePartyPersonalDetailsCommand } from './erase-party-personal-details.command';

/** DELETE /parties/{partyId}/personal-details: erasure. Events refer to the party by id only and are left untouched. */
@ApiTags('personal details')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('parties')
export class ErasePartyPersonalDetailsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete(':partyId/personal-details')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The details are erased (or there were none)' })
  @ApiNotFoundResponse({ description: 'The party is not registered' })
  async erase(@Param('partyId') partyIdParam: string): Promise<void> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    await this.commandBus.execute<ErasePartyPersonalDetailsCommand, void>(new ErasePartyPersonalDetailsCommand(partyId));
  }
}

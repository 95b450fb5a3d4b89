import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { SigningKeyResponse } from '../register-signing-key/signing-key.response';
import { ListSigningKeysQuery } from './list-signing-keys.query';

/** GET /parties/{partyId}/signing-keys: the party (or an admin) sees its keys, active and revoked; public material only. */
@ApiTags('master data')
@ApiBearerAuth()
@Controller('parties')
export class ListSigningKeysController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':partyId/signing-keys')
  @ApiOkResponse({ type: [SigningKeyResponse], description: '{ signingKeys: [...] } in registration order' })
  @ApiForbiddenResponse({ description: 'Neither the party itself nor an admin' })
  @ApiNotFoundResponse({ description: 'No such party' })
  list(@Param('partyId') partyIdParam: string, @CurrentActor() actor: Actor): Promise<{ signingKeys: SigningKeyResponse[] }> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    return this.queryBus.execute(new ListSigningKeysQuery(partyId, actor.partyId));
  }
}

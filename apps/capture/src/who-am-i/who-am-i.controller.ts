import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { WhoAmIResponse } from './who-am-i.response';

/**
 * GET /api-keys/me: which party and roles a key records as. Any valid key may ask (a field device
 * checks its key before a day offline; a script checks a stored key still works); never a secret.
 */
@ApiTags('api-keys')
@Controller('api-keys')
export class WhoAmIController {
  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: WhoAmIResponse })
  @ApiUnauthorizedResponse({ description: 'The key is missing, unknown, revoked, or its party is gone' })
  whoAmI(@CurrentActor() actor: Actor): WhoAmIResponse {
    return {
      partyId: actor.partyId,
      keyId: actor.keyId,
      ...(actor.deviceId !== undefined ? { deviceId: actor.deviceId } : {}),
      roles: [...actor.roles],
      operatesPlaceIds: [...actor.party.operatesPlaceIds],
    };
  }
}

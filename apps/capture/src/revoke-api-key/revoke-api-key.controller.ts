import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiKeyRevoked, assertApiKeyId } from '#tamga/domain';
import { CurrentActor, Roles } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { ApiKeyRevokedResponse } from './api-key-revoked.response';
import { RevokeApiKeyCommand } from './revoke-api-key.command';
import { RevokeApiKeyRequestDto } from './revoke-api-key.request.dto';

/** POST /api-keys/{keyId}/revoke: an admin withdraws a key for good. */
@ApiTags('api-keys')
@Controller('api-keys')
export class RevokeApiKeyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':keyId/revoke')
  @HttpCode(200)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ApiKeyRevokedResponse })
  @ApiNotFoundResponse({ description: 'No key was issued under this id' })
  @ApiConflictResponse({ description: 'The key is already revoked' })
  async revoke(@Param('keyId') keyId: string, @Body() body: RevokeApiKeyRequestDto, @CurrentActor() actor: Actor): Promise<ApiKeyRevokedResponse> {
    const revoke = { keyId: assertApiKeyId(keyId, 'keyId', 'malformed'), reason: body.reason };
    return this.commandBus.execute<RevokeApiKeyCommand, ApiKeyRevoked['data']>(new RevokeApiKeyCommand(revoke, actor.partyId));
  }
}

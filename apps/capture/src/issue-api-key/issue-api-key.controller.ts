import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IssuedApiKey } from '#tamga/api-keys';
import { DomainError } from '#tamga/domain';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor, Roles } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { ApiKeyIssuedResponse } from './api-key-issued.response';
import { IssueApiKeyCommand } from './issue-api-key.command';
import { IssueApiKeyRequestDto } from './issue-api-key.request.dto';

/** POST /api-keys: an admin gives a party (or a field device of it) a key, shown once. */
@ApiTags('api-keys')
@Controller('api-keys')
export class IssueApiKeyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ApiKeyIssuedResponse, description: 'The key, shown this once' })
  @ApiUnauthorizedResponse({ description: 'No valid API key' })
  @ApiForbiddenResponse({ description: 'The key is not an admin\'s' })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule (an unregistered party, a bad label...)' })
  async issue(
    @Body() body: IssueApiKeyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    if (idempotencyKey !== undefined) throw notReplayable();
    const request = { partyId: body.partyId, label: body.label, ...(body.deviceId !== undefined ? { deviceId: body.deviceId } : {}) };
    const issued = await this.commandBus.execute<IssueApiKeyCommand, IssuedApiKey>(new IssueApiKeyCommand(request, actor.partyId));
    // The answer holds a live credential: no cache along the way may keep it.
    reply.status(201).header('Cache-Control', 'no-store').send(issued satisfies ApiKeyIssuedResponse);
  }
}

// A replayed answer would have to be stored, secret and all; a retry silently minting a second
// key would surprise a client that sent the header expecting one.
function notReplayable(): DomainError {
  return new DomainError('API_KEY.NOT_IDEMPOTENT', 'invalid', 'Issuing an API key cannot be made idempotent', [
    {
      field: 'Idempotency-Key',
      rule: 'not-accepted',
      message: 'the answer holds a secret that is never stored, so it cannot be replayed; send no key, and revoke any spare key a retry made',
    },
  ]);
}

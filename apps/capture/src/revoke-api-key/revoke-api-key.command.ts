import { RevokeApiKey } from '#tamga/domain';

/** The CQRS command for "revoke an API key", and which admin asked. */
export class RevokeApiKeyCommand {
  constructor(
    readonly revoke: RevokeApiKey,
    readonly actorId: string,
  ) {}
}

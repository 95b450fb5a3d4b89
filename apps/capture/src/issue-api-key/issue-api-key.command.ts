import { ApiKeyRequest } from '#tamga/api-keys';

/** The CQRS command for "issue an API key": what the admin asked for, and which admin asked. */
export class IssueApiKeyCommand {
  constructor(
    readonly request: ApiKeyRequest,
    readonly actorId: string,
  ) {}
}

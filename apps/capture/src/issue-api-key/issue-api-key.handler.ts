import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IssuedApiKey, issueApiKey } from '#tamga/api-keys';
import { PostgresEventStore } from '#tamga/event-store';
import { loadMasterData } from '../shared/master-data-loader';
import { IssueApiKeyCommand } from './issue-api-key.command';

/** Loads the admin's and the key party's master data, then issues (decide, append event and hash together). */
@CommandHandler(IssueApiKeyCommand)
export class IssueApiKeyHandler implements ICommandHandler<IssueApiKeyCommand, IssuedApiKey> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  async execute(command: IssueApiKeyCommand): Promise<IssuedApiKey> {
    const masterData = await loadMasterData(this.eventStore, { partyIds: [command.actorId, command.request.partyId] });
    return issueApiKey(this.eventStore, command.request, masterData, { now: new Date(), actorId: command.actorId });
  }
}

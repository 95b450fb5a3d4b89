import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PostgresEventStore } from '#tamga/event-store';
import { assertPartyRegistered } from '../party-personal-details/assert-party-registered';
import { PartyPersonalDetailsStore } from '../party-personal-details/party-personal-details.store';
import { ErasePartyPersonalDetailsCommand } from './erase-party-personal-details.command';

/**
 * Deletes the party's row. Erasing twice is no error (the person is erased either way); only a
 * party the log never registered is refused, so a mistyped id does not pass for a done erasure.
 */
@CommandHandler(ErasePartyPersonalDetailsCommand)
export class ErasePartyPersonalDetailsHandler implements ICommandHandler<ErasePartyPersonalDetailsCommand, void> {
  constructor(
    private readonly eventStore: PostgresEventStore,
    private readonly store: PartyPersonalDetailsStore,
  ) {}

  async execute(command: ErasePartyPersonalDetailsCommand): Promise<void> {
    await assertPartyRegistered(this.eventStore, command.partyId);
    await this.store.erase(command.partyId);
  }
}

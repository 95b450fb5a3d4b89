import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PartyPersonalDetails, partyPersonalDetailsOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { assertPartyRegistered } from '../party-personal-details/assert-party-registered';
import { PartyPersonalDetailsStore } from '../party-personal-details/party-personal-details.store';
import { RecordPartyPersonalDetailsCommand } from './record-party-personal-details.command';

/**
 * Validates the details (name, E.164 phone, address), checks the party is registered, and
 * replaces its row. Nothing goes to the event log, and no Idempotency-Key response is kept:
 * a stored response would be a copy of the details that erasure could not reach. A PUT is
 * idempotent by itself.
 */
@CommandHandler(RecordPartyPersonalDetailsCommand)
export class RecordPartyPersonalDetailsHandler implements ICommandHandler<RecordPartyPersonalDetailsCommand, PartyPersonalDetails> {
  constructor(
    private readonly eventStore: PostgresEventStore,
    private readonly store: PartyPersonalDetailsStore,
  ) {}

  async execute(command: RecordPartyPersonalDetailsCommand): Promise<PartyPersonalDetails> {
    const details = partyPersonalDetailsOf(command.details);
    await assertPartyRegistered(this.eventStore, details.partyId);
    await this.store.save(details);
    return details;
  }
}

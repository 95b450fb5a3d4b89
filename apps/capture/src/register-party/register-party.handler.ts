import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PartyEvent, decideRegisterParty, foldParty, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { masterDataRecorded } from '../register-master-data/master-data-recorded.response';
import { namingIdField } from '../register-master-data/name-id-field';
import { RegisterPartyCommand } from './register-party.command';
import { assertOperatedPlaces, operatedPlaceStreams } from './operated-places';

const toPartyEvent = (e: StoredEvent) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as PartyEvent;

/** Loads the party and the places it operates (one query), decides, appends at the party's stream length. */
@CommandHandler(RegisterPartyCommand)
export class RegisterPartyHandler implements ICommandHandler<RegisterPartyCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RegisterPartyCommand): Promise<CommandResult> {
    const { party } = command;
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    const streamId = streamIdOf.party(party.partyId);
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: party.expectedVersion === undefined ? 201 : 200,
        decide: async (now) => {
          const streams = await this.eventStore.readStreams([streamId, ...operatedPlaceStreams(party)]);
          const own = streams.get(streamId) ?? [];
          const [event] = namingIdField('partyId', () =>
            decideRegisterParty(party, foldParty(own.map(toPartyEvent)), { now, actorId: command.actorId }),
          );
          assertOperatedPlaces(party, streams);
          return {
            streamId,
            expectedVersion: own.length,
            event,
            body: (stored) => masterDataRecorded(event.data.partyId, event.data.version, stored),
          };
        },
      }),
    );
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ABSENT_PLACE, PlaceEvent, decideRegisterPlace, foldPlace, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { masterDataRecorded } from '../register-master-data/master-data-recorded.response';
import { namingIdField } from '../register-master-data/name-id-field';
import { RegisterPlaceCommand } from './register-place.command';

const toPlaceEvent = (e: StoredEvent) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as PlaceEvent;

/** Loads the place and its parent (one query), decides, appends at the place's stream length. */
@CommandHandler(RegisterPlaceCommand)
export class RegisterPlaceHandler implements ICommandHandler<RegisterPlaceCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RegisterPlaceCommand): Promise<CommandResult> {
    const { place } = command;
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    const streamId = streamIdOf.place(place.placeId);
    const parentStreamId = typeof place.parentId === 'string' ? streamIdOf.place(place.parentId) : undefined;
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: place.expectedVersion === undefined ? 201 : 200,
        decide: async (now) => {
          const streams = await this.eventStore.readStreams(parentStreamId ? [streamId, parentStreamId] : [streamId]);
          const own = streams.get(streamId) ?? [];
          const parent = parentStreamId ? foldPlace((streams.get(parentStreamId) ?? []).map(toPlaceEvent)) : ABSENT_PLACE;
          const [event] = namingIdField('placeId', () =>
            decideRegisterPlace(place, foldPlace(own.map(toPlaceEvent)), { now, actorId: command.actorId }, parent),
          );
          return {
            streamId,
            expectedVersion: own.length,
            event,
            body: (stored) => masterDataRecorded(event.data.placeId, event.data.version, stored),
          };
        },
      }),
    );
  }
}

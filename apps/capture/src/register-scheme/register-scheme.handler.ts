import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SchemeEvent, decideRegisterScheme, foldScheme, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { masterDataRecorded } from '../register-master-data/master-data-recorded.response';
import { namingIdField } from '../register-master-data/name-id-field';
import { RegisterSchemeCommand } from './register-scheme.command';
import { assertSchemeReferences, schemeReferenceStreams } from './scheme-references';

const toSchemeEvent = (e: StoredEvent) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as SchemeEvent;

/** Loads the scheme, its issuer and its region (one query), decides, appends at the scheme's stream length. */
@CommandHandler(RegisterSchemeCommand)
export class RegisterSchemeHandler implements ICommandHandler<RegisterSchemeCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RegisterSchemeCommand): Promise<CommandResult> {
    const { scheme } = command;
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    const streamId = streamIdOf.scheme(scheme.schemeId);
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: scheme.expectedVersion === undefined ? 201 : 200,
        decide: async (now) => {
          const streams = await this.eventStore.readStreams([streamId, ...schemeReferenceStreams(scheme)]);
          const own = streams.get(streamId) ?? [];
          const [event] = namingIdField('schemeId', () =>
            decideRegisterScheme(scheme, foldScheme(own.map(toSchemeEvent)), { now, actorId: command.actorId }),
          );
          assertSchemeReferences(scheme, streams);
          return {
            streamId,
            expectedVersion: own.length,
            event,
            body: (stored) => masterDataRecorded(event.data.schemeId, event.data.version, stored),
          };
        },
      }),
    );
  }
}

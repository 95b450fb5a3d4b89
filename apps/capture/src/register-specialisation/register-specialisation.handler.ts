import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VillageSpecialisationRegistered, decideRegisterSpecialisation, foldVillageSpecialisations, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { RegisterSpecialisationCommand } from './register-specialisation.command';
import { SpecialisationRegisteredResponse } from './specialisation-registered.response';
import { assertSpecialisationReferences } from './specialisation-references';

const toEvent = (e: StoredEvent) =>
  ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as VillageSpecialisationRegistered;

/**
 * Loads the village's specialisations, the village and the product (one query), decides, and
 * appends at the length of the village's specialisation stream: two admins registering two
 * products of one village at once both succeed (the second decides again), the same product twice does not.
 */
@CommandHandler(RegisterSpecialisationCommand)
export class RegisterSpecialisationHandler implements ICommandHandler<RegisterSpecialisationCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RegisterSpecialisationCommand): Promise<CommandResult> {
    const { specialisation } = command;
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    const streamId = streamIdOf.specialisations(specialisation.villageId);
    const references = [streamIdOf.place(specialisation.villageId), streamIdOf.product(specialisation.productId)];
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: 201,
        decide: async (now) => {
          const streams = await this.eventStore.readStreams([streamId, ...references]);
          const own = streams.get(streamId) ?? [];
          const [event] = decideRegisterSpecialisation(specialisation, foldVillageSpecialisations(own.map(toEvent)), {
            now,
            actorId: command.actorId,
          });
          assertSpecialisationReferences(specialisation, streams);
          return {
            streamId,
            expectedVersion: own.length,
            event,
            body: (stored): SpecialisationRegisteredResponse => ({
              ...event.data,
              eventId: stored.eventId,
              globalPosition: stored.globalPosition,
            }),
          };
        },
      }),
    );
  }
}

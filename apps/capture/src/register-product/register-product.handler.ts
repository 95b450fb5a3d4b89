import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductEvent, decideRegisterProduct, foldProduct, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { masterDataRecorded } from '../register-master-data/master-data-recorded.response';
import { namingIdField } from '../register-master-data/name-id-field';
import { RegisterProductCommand } from './register-product.command';
import { assertInputsRegistered, inputProductStreams } from './input-products';

const toProductEvent = (e: StoredEvent) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as ProductEvent;

/** Loads the product and the inputs its yield bounds name (one query), decides, appends at the product's stream length. */
@CommandHandler(RegisterProductCommand)
export class RegisterProductHandler implements ICommandHandler<RegisterProductCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RegisterProductCommand): Promise<CommandResult> {
    const { product } = command;
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    const streamId = streamIdOf.product(product.productId);
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: product.expectedVersion === undefined ? 201 : 200,
        decide: async (now) => {
          const streams = await this.eventStore.readStreams([streamId, ...inputProductStreams(product)]);
          const own = streams.get(streamId) ?? [];
          const [event] = namingIdField('productId', () =>
            decideRegisterProduct(product, foldProduct(own.map(toProductEvent)), { now, actorId: command.actorId }),
          );
          assertInputsRegistered(product, streams);
          return {
            streamId,
            expectedVersion: own.length,
            event,
            body: (stored) => masterDataRecorded(event.data.productId, event.data.version, stored),
          };
        },
      }),
    );
  }
}

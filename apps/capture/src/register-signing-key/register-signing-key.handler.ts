import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRegisterSigningKey } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { keyIdOf } from '#tamga/integrity';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { readPartyKeyStreams } from './party-key-streams';
import { RegisterSigningKeyCommand } from './register-signing-key.command';
import { signingKeyView } from './signing-key.response';

/** Reads the party's stream, decides, appends the registration to it (ADR 0016: keys are master data). */
@CommandHandler(RegisterSigningKeyCommand)
export class RegisterSigningKeyHandler implements ICommandHandler<RegisterSigningKeyCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RegisterSigningKeyCommand): Promise<CommandResult> {
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: 201,
        decide: async (now) => {
          const party = await readPartyKeyStreams(this.eventStore, command.partyId, command.actorId);
          const register = { partyId: command.partyId, keyId: keyIdOrBlank(command.publicKey), publicKey: command.publicKey, device: command.device };
          const [event] = decideRegisterSigningKey(register, party.keys, party.masterData, { now, actorId: command.actorId });
          const { partyId, ...key } = event.data;
          return { streamId: party.streamId, expectedVersion: party.length, event, body: () => signingKeyView(partyId, key) };
        },
      }),
    );
  }
}

/** The key id of a well-formed key; a malformed one is refused by the decision, naming publicKey. */
function keyIdOrBlank(publicKey: string): string {
  try {
    return keyIdOf(publicKey);
  } catch {
    return '';
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRevokeSigningKey } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { answerOnce, claimOf } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { decideAndAppend } from '../register-master-data/decide-and-append';
import { readPartyKeyStreams } from '../register-signing-key/party-key-streams';
import { signingKeyView } from '../register-signing-key/signing-key.response';
import { RevokeSigningKeyCommand } from './revoke-signing-key.command';

/** Reads the party's stream, decides, appends the revocation: signatures from now on fail, earlier ones stay valid. */
@CommandHandler(RevokeSigningKeyCommand)
export class RevokeSigningKeyHandler implements ICommandHandler<RevokeSigningKeyCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RevokeSigningKeyCommand): Promise<CommandResult> {
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, () =>
      decideAndAppend(this.eventStore, {
        actorId: command.actorId,
        claim,
        status: 200,
        decide: async (now) => {
          const party = await readPartyKeyStreams(this.eventStore, command.partyId, command.actorId);
          const revoke = { partyId: command.partyId, keyId: command.keyId, reason: command.reason };
          const [event] = decideRevokeSigningKey(revoke, party.keys, party.masterData, { now, actorId: command.actorId });
          const { revokedAt, reason } = event.data;
          const key = { ...party.keys.keys.find((k) => k.keyId === command.keyId)!, revokedAt, ...(reason ? { reason } : {}) };
          return { streamId: party.streamId, expectedVersion: party.length, event, body: () => signingKeyView(command.partyId, key) };
        },
      }),
    );
  }
}

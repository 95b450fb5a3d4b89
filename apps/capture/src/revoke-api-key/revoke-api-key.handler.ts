import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { destroyApiKeyHash, loadApiKey } from '#tamga/api-keys';
import { ApiKeyRevoked, DomainError, decideRevokeApiKey, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { ApiKeyVerifier } from '#tamga/auth';
import { loadMasterData } from '../shared/master-data-loader';
import { RevokeApiKeyCommand } from './revoke-api-key.command';

/**
 * Load the key and the admin, decide, append `api-key.revoked` and destroy the secret's hash in
 * the same transaction; then this process stops trusting the key at once (others within the TTL).
 */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand, ApiKeyRevoked['data']> {
  constructor(
    private readonly eventStore: PostgresEventStore,
    private readonly verifier: ApiKeyVerifier,
  ) {}

  async execute(command: RevokeApiKeyCommand): Promise<ApiKeyRevoked['data']> {
    const { keyId } = command.revoke;
    const meta = { now: new Date(), actorId: command.actorId };
    const [key, masterData] = await Promise.all([loadApiKey(this.eventStore, keyId), loadMasterData(this.eventStore, { partyIds: [command.actorId] })]);
    const [revoked] = decideRevokeApiKey(command.revoke, key.state, masterData, meta);
    await this.eventStore
      .append(
        [{ streamId: streamIdOf.apiKey(keyId), expectedVersion: key.version, events: [{ ...revoked, eventId: randomUUID(), occurredAt: revoked.data.revokedAt }] }],
        {
          actorId: command.actorId,
          metadata: { commandId: randomUUID() },
          respond: () => ({ status: 200, body: revoked.data }),
          inTransaction: (client) => destroyApiKeyHash(client, keyId),
        },
      )
      .catch((error: unknown) => {
        // The only event that can follow an issue is a revocation: someone revoked it meanwhile.
        if (error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT') {
          throw new DomainError('API_KEY.ALREADY_REVOKED', 'conflict', `API key ${keyId} is already revoked`, [
            { field: 'keyId', rule: 'not-revoked', message: 'another request revoked this key at the same time' },
          ]);
        }
        throw error;
      });
    this.verifier.forget(keyId);
    return revoked.data;
  }
}

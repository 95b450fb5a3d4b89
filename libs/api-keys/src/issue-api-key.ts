import { randomUUID } from 'node:crypto';
import { ABSENT_API_KEY, ApiKeyIssued, CommandMetadata, MasterDataLookup, decideIssueApiKey, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { hashApiKeySecret, mintApiKey } from './api-key-token';
import { storeApiKeyHash } from './api-key-hashes';

/** What an admin asks for: a key for this party (or this device of it), described by a label. */
export interface ApiKeyRequest {
  readonly partyId: string;
  readonly label: string;
  readonly deviceId?: string;
}

/** A key just issued: the event's facts and, this once, the whole key. Nothing stores `apiKey`. */
export type IssuedApiKey = ApiKeyIssued['data'] & { readonly apiKey: string };

/**
 * Issues an API key: mints it, decides, and appends `api-key.issued` together with the hash of
 * its secret (one transaction). The capture API and `tamga admin-key` both issue through here.
 * `masterData` must hold the actor's party and the key's party.
 */
export async function issueApiKey(
  eventStore: PostgresEventStore,
  request: ApiKeyRequest,
  masterData: MasterDataLookup,
  meta: CommandMetadata,
): Promise<IssuedApiKey> {
  const minted = mintApiKey();
  // The key id was drawn at random a moment ago, so its stream is taken to be empty; the append's
  // expected version 0 refuses the one-in-2^80 case where it is not.
  const [issued] = decideIssueApiKey({ ...request, keyId: minted.keyId }, ABSENT_API_KEY, masterData, meta);
  await eventStore.append(
    [
      {
        streamId: streamIdOf.apiKey(minted.keyId),
        expectedVersion: 0,
        events: [{ ...issued, eventId: randomUUID(), occurredAt: issued.data.issuedAt }],
      },
    ],
    {
      actorId: meta.actorId,
      metadata: { commandId: randomUUID() },
      // No idempotency claim, so this response is never stored: the answer that matters holds the secret.
      respond: () => ({ status: 201, body: null }),
      inTransaction: (client) => storeApiKeyHash(client, minted.keyId, issued.data.partyId, hashApiKeySecret(minted.secret)),
    },
  );
  return { ...issued.data, apiKey: minted.token };
}

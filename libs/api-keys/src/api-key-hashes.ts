import type { Pool, PoolClient } from 'pg';

/**
 * The hashes of API key secrets live in `access.api_key_hashes`, not in the events: the log is
 * immutable and copied to Kafka forever, and a credential's verifier must be destroyable. Rows
 * are written in the transaction that appends `api-key.issued` (and cleared in the one that
 * appends `api-key.revoked`), so the table and the log never disagree (docs/adr/0008).
 */
type Queryable = Pick<Pool, 'query'> | PoolClient;

/** Stores the hash of a new key's secret, in the append's transaction. */
export async function storeApiKeyHash(client: PoolClient, keyId: string, partyId: string, secretHash: Buffer): Promise<void> {
  await client.query('INSERT INTO access.api_key_hashes (key_id, party_id, secret_sha256) VALUES ($1, $2, $3)', [keyId, partyId, secretHash]);
}

/** Destroys a revoked key's hash, in the append's transaction: nothing can verify that secret again. */
export async function destroyApiKeyHash(client: PoolClient, keyId: string): Promise<void> {
  await client.query('UPDATE access.api_key_hashes SET secret_sha256 = NULL WHERE key_id = $1', [keyId]);
}

/** The hash of a key's secret; null for a key never issued or already revoked. */
export async function findApiKeyHash(db: Queryable, keyId: string): Promise<Buffer | null> {
  const { rows } = await db.query<{ secret_sha256: Buffer | null }>('SELECT secret_sha256 FROM access.api_key_hashes WHERE key_id = $1', [keyId]);
  return rows[0]?.secret_sha256 ?? null;
}

/** The ids of every key issued (revoked ones included), or of one party's keys, in key-id order. */
export async function apiKeyIdsOf(db: Queryable, partyId?: string): Promise<string[]> {
  const { rows } = partyId === undefined
    ? await db.query<{ key_id: string }>('SELECT key_id FROM access.api_key_hashes ORDER BY key_id')
    : await db.query<{ key_id: string }>('SELECT key_id FROM access.api_key_hashes WHERE party_id = $1 ORDER BY key_id', [partyId]);
  return rows.map((r) => r.key_id);
}

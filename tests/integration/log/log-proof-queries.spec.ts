import { randomUUID } from 'node:crypto';
import { PoolClient } from 'pg';
import { consistencyProof, inclusionProof, leafHash, merkleTreeHash, toHex } from '#tamga/integrity';
import { LogDivergedError, MerkleLogWriter, findConsistencyProof, findInclusionProof } from '#tamga/merkle-log';
import { PostgresEventStore, CommittedEventFeed, FEED_START } from '#tamga/event-store';
import { exportDatabase } from '../epcis-export/journey-in-postgres';
import { eventually } from '../../support/test-infrastructure';

const LEAVES = 37;

/**
 * The proof queries fetch their nodes in one query each; the inclusion query must guess a superset
 * of the nodes before it knows the leaf index. Checked against libs/integrity's in-memory RFC 9162
 * proofs for every leaf of every tree size up to 37, and every pair of sizes, on a database of its own.
 */
describe('Merkle log proof queries against the in-memory RFC 9162 proofs (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof exportDatabase>>;
  let eventIds: string[];
  let leafHashes: Uint8Array[];

  beforeAll(async () => {
    db = await exportDatabase();
    const store = new PostgresEventStore(db.pool);
    for (let i = 0; i < LEAVES - 1; i++) {
      await store.append([{ streamId: `LOT-P${i % 5}`, expectedVersion: Math.floor(i / 5), events: [{ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: { i } }] }], {
        actorId: null,
        metadata: {},
        respond: () => ({ status: 201, body: {} }),
      });
    }
    // The log written as the relay writes it (the service key's registration is leaf 0), in uneven batches.
    // The feed shows an event once no older transaction anywhere on the server is still running.
    const events = await eventually(async () => {
      const read = await new CommittedEventFeed(db.pool).readAfter(FEED_START, 1000);
      return read.length === LEAVES ? read : undefined;
    }, 30_000, 'every event in the feed');
    const writer = new MerkleLogWriter(db.pool);
    for (const [from, to] of [[0, 1], [1, 8], [8, 9], [9, 30], [30, LEAVES]]) {
      const leaves = await writer.assign(events.slice(from, to));
      const client: PoolClient = await db.pool.connect();
      try {
        await client.query('BEGIN');
        await writer.record(client, leaves);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
    eventIds = events.map((e) => e.eventId);
    const { rows } = await db.pool.query<{ record_hash: Buffer }>('SELECT l.record_hash FROM integrity.log_leaves AS l ORDER BY l.leaf_index');
    leafHashes = rows.map((r) => leafHash(new Uint8Array(r.record_hash)));
    // A checkpoint row at every size (what the queries read of it is the size and the root).
    for (let n = 1; n <= LEAVES; n++) {
      await db.pool.query(`INSERT INTO integrity.checkpoints (tree_size, root_hash, timestamp, key_id, signature, event_id) VALUES ($1, $2, '2026-07-01T00:00:00.000Z', 'k', 's', $3)`, [
        n,
        Buffer.from(merkleTreeHash(leafHashes.slice(0, n))),
        randomUUID(),
      ]);
    }
  }, 120_000);
  afterAll(() => db?.drop());

  it('answers every inclusion proof of every leaf in every tree size exactly as RFC 9162 computes it', async () => {
    for (let n = 1; n <= LEAVES; n++) {
      for (let m = 0; m < n; m++) {
        const found = await findInclusionProof(db.pool, eventIds[m], n);
        if (found.outcome !== 'proof') throw new Error(`leaf ${m} of ${n}: ${found.outcome}`);
        expect({ m, n, path: found.proof.auditPath }).toEqual({ m, n, path: inclusionProof(m, leafHashes.slice(0, n)).map(toHex) });
        expect(found.proof.checkpoint.rootHash).toBe(toHex(merkleTreeHash(leafHashes.slice(0, n))));
      }
      if (n < LEAVES) expect((await findInclusionProof(db.pool, eventIds[n], n)).outcome).toBe('not-in-checkpoint');
    }
  }, 120_000);

  it('answers every consistency proof between two sizes exactly as RFC 9162 computes it', async () => {
    for (let n = 1; n <= LEAVES; n++) {
      for (let m = 1; m <= n; m++) {
        const found = await findConsistencyProof(db.pool, m, n);
        if (found.outcome !== 'proof') throw new Error(`${m} to ${n}: ${found.outcome}`);
        expect({ m, n, proof: found.proof.proof }).toEqual({ m, n, proof: consistencyProof(m, leafHashes.slice(0, n)).map(toHex) });
      }
    }
  }, 120_000);

  it('refuses leaves that disagree with the stored log (another event at a stored index, or a gap), writing nothing', async () => {
    const writer = new MerkleLogWriter(db.pool);
    const client = await db.pool.connect();
    const attempt = async (leaves: Parameters<MerkleLogWriter['record']>[1]) => {
      await client.query('BEGIN');
      try {
        await writer.record(client, leaves);
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      const hash = new Uint8Array(32);
      await expect(attempt([{ leafIndex: 3, eventId: randomUUID(), transactionId: '1', globalPosition: '1', recordHash: hash }])).rejects.toThrow(LogDivergedError);
      await expect(attempt([{ leafIndex: LEAVES + 1, eventId: randomUUID(), transactionId: '999999999', globalPosition: '999999', recordHash: hash }])).rejects.toThrow(/gap/);
    } finally {
      client.release();
    }
    expect(Number((await db.pool.query('SELECT count(*) AS n FROM integrity.log_leaves')).rows[0].n)).toBe(LEAVES);
  });
});

import { Pool } from 'pg';
import { ConsumedBatch } from '#tamga/messaging';
import { assertSchemaName } from '../read-model-schema';
import { ALL_PROJECTIONS } from '../projections/all-projections';

/** What applying a batch did, by Kafka offset. */
export interface BatchResult {
  /** Messages past the checkpoint, handed to the projections (which ignore events they already hold). */
  readonly applied: number;
  /** Messages at or below the checkpoint: a redelivery of what this schema already has. */
  readonly skipped: number;
  /**
   * Set when the batch starts beyond the checkpoint (the tables were rebuilt while the consumer
   * group's Kafka offset stayed ahead): nothing was applied; read again from this offset.
   */
  readonly rewindTo?: string;
}

/**
 * Applies a batch to the read models in `schema` and moves the partition's checkpoint, in one
 * transaction. Messages at or below the checkpoint were applied before (Kafka redelivered them
 * after a crash between our commit and its offset commit) and are skipped; a message the relay
 * published twice lands at a new offset and is absorbed by each projection's own keys.
 */
export async function applyBatch(pool: Pool, schema: string, batch: ConsumedBatch): Promise<BatchResult> {
  const s = assertSchemaName(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO ${s}.projection_checkpoints (topic, partition, last_offset) VALUES ($1, $2, -1)
       ON CONFLICT DO NOTHING`,
      [batch.topic, batch.partition],
    );
    const { rows } = await client.query<{ last_offset: string }>(
      `SELECT last_offset::text FROM ${s}.projection_checkpoints WHERE topic = $1 AND partition = $2 FOR UPDATE`,
      [batch.topic, batch.partition],
    );
    const checkpoint = BigInt(rows[0].last_offset);
    const fresh = batch.events.filter((e) => BigInt(e.offset) > checkpoint);
    // Offsets on the event topic are consecutive (no transactions, no compaction): a jump means
    // the messages in between were never applied here. Never skip them.
    if (fresh.length > 0 && BigInt(fresh[0].offset) > checkpoint + 1n) {
      await client.query('ROLLBACK');
      return { applied: 0, skipped: batch.events.length - fresh.length, rewindTo: (checkpoint + 1n).toString() };
    }
    if (fresh.length > 0) {
      const envelopes = fresh.map((e) => e.envelope);
      for (const projection of ALL_PROJECTIONS) await projection.project(client, s, envelopes);
      await client.query(
        `UPDATE ${s}.projection_checkpoints SET last_offset = $3 WHERE topic = $1 AND partition = $2`,
        [batch.topic, batch.partition, fresh[fresh.length - 1].offset],
      );
    }
    await client.query('COMMIT');
    return { applied: fresh.length, skipped: batch.events.length - fresh.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool, Submittable } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Kafka, KafkaEventPublisher, ensureEventTopic } from '#tamga/messaging';
import { harvestFor } from './harvests';
import { chunk } from './stats';

// pg-copy-streams ships no types; this is the one function the baseline uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { from: copyFrom } = require('pg-copy-streams') as {
  from(sql: string): Submittable & NodeJS.WritableStream;
};

/** What a baseline measured. */
export interface BaselineResult {
  readonly rows: number;
  readonly batchSize: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/**
 * An envelope as the relay publishes it for a harvest (same fields, same sizes), for lot `seq`
 * of a baseline. The relay's messages are these objects, JSON-encoded.
 */
export function harvestEnvelope(run: string, seq: number): EventEnvelope {
  const lotId = `K${run}${String(seq).padStart(6, '0')}`;
  const h = harvestFor(lotId, seq);
  const now = new Date().toISOString();
  return {
    eventId: randomUUID(),
    type: 'lot.harvested',
    schemaVersion: 1,
    streamId: lotId,
    streamVersion: 1,
    globalPosition: String(1_000_000 + seq),
    occurredAt: new Date(h.harvestedAt).toISOString(),
    recordedAt: now,
    actorId: null,
    data: {
      lotId,
      villageId: h.villageId,
      producerId: h.producerId,
      productId: h.productId,
      quantity: { amount: h.quantity.amount, unit: 'KGM' },
      harvestedAt: new Date(h.harvestedAt).toISOString(),
      location: h.location,
    },
    metadata: { commandId: randomUUID() },
  } as EventEnvelope;
}

/**
 * Raw Kafka: `rows` harvest envelopes published to a fresh topic (created as the event topic
 * is: same partitions and config) through KafkaEventPublisher itself, so the producer settings
 * are Tamga's (idempotent, acks=-1, one request in flight, murmur2 by lot id, same headers
 * including the store id),
 * one send per `batchSize` messages, one after another as the relay sends them.
 */
export async function measureKafkaProduce(
  kafka: Kafka,
  topic: string,
  partitions: number,
  run: string,
  rows: number,
  batchSize: number,
  storeId: string | null,
): Promise<BaselineResult> {
  await ensureEventTopic(kafka, { topic, partitions });
  const publisher = new KafkaEventPublisher(kafka, topic, storeId);
  await publisher.connect();
  try {
    await publisher.publish([harvestEnvelope(run, rows + 1)]); // connection and metadata warm
    const batches = chunk(
      Array.from({ length: rows }, (_, i) => harvestEnvelope(run, i)),
      batchSize,
    );
    const started = performance.now();
    for (const batch of batches) await publisher.publish(batch);
    const seconds = (performance.now() - started) / 1000;
    return { rows, batchSize, seconds, perSecond: rows / seconds };
  } finally {
    await publisher.disconnect();
  }
}

/**
 * Raw Postgres: `rows` harvest events COPYed (text format) into a table made LIKE
 * event_store.events INCLUDING ALL (same columns, identity, defaults, unique indexes and the
 * relay index; no triggers), one COPY and commit per `batchSize` rows on one connection.
 * The table is `table` (schema-qualified), created here and dropped by the caller.
 */
export async function measurePgCopy(pool: Pool, table: string, run: string, rows: number, batchSize: number): Promise<BaselineResult> {
  await pool.query(`CREATE TABLE ${table} (LIKE event_store.events INCLUDING ALL)`);
  const lines = Array.from({ length: rows + 1 }, (_, i) => copyLine(harvestEnvelope(run, i)));
  const client = await pool.connect();
  try {
    const columns = '(event_id, stream_id, stream_version, type, schema_version, occurred_at, actor_id, data, metadata)';
    const copy = async (batch: string[]) => {
      await pipeline(Readable.from([batch.join('')]), client.query(copyFrom(`COPY ${table} ${columns} FROM STDIN`)));
    };
    await copy([lines.pop()!]); // warm
    const batches = chunk(lines, batchSize);
    const started = performance.now();
    for (const batch of batches) await copy(batch);
    const seconds = (performance.now() - started) / 1000;
    const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
    if (Number(counted[0].n) !== rows + 1) throw new Error(`COPY baseline stored ${counted[0].n} rows, not ${rows + 1}`);
    return { rows, batchSize, seconds, perSecond: rows / seconds };
  } finally {
    client.release();
  }
}

function copyLine(e: EventEnvelope): string {
  const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return (
    [e.eventId, e.streamId, String(e.streamVersion), e.type, String(e.schemaVersion), e.occurredAt, '\\N', text(JSON.stringify(e.data)), text(JSON.stringify(e.metadata))].join('\t') +
    '\n'
  );
}

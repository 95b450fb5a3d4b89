import { randomBytes } from 'node:crypto';
import { Kafka, createKafka, ensureEventTopic } from '#tamga/messaging';
import { createPool, loadConfig } from '#tamga/platform';
import type { Pool } from 'pg';

/** A name no other test uses, for lots, topics, groups and schemas. */
export function unique(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** A pool on the run's database. */
export function testPool(max = 5): Pool {
  return createPool(loadConfig().databaseUrl, max);
}

/** A kafkajs client on the run's broker. */
export function testKafka(clientId = unique('tamga-test-')): Kafka {
  return createKafka({ brokers: loadConfig().kafkaBrokers, clientId });
}

/** A fresh topic, configured as the real event topic is. */
export async function freshTopic(kafka: Kafka, partitions = 3): Promise<string> {
  // Named after the run, so the global teardown deletes it.
  const topic = unique(`tamga.test.${process.env.TAMGA_TEST_RUN}.topic-`);
  await ensureEventTopic(kafka, { topic, partitions });
  return topic;
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The JSON body of a response, typed loosely: tests assert its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function jsonOf(response: Response): Promise<any> {
  return response.json();
}

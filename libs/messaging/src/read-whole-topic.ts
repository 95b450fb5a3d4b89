import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { fetchTopicEnd } from './event-topic';
import { LEAF_INDEX_HEADER, STORE_ID_HEADER } from './kafka-event-publisher';

/** A message exactly as the topic holds it: where it is, its bytes, and the headers Tamga stamps. */
export interface TopicMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  /** The message value's bytes, unparsed. */
  readonly value: Buffer | null;
  /** The `tamga-leaf-index` header as sent (null when absent). */
  readonly leafIndex: string | null;
  readonly storeId: string | null;
  /** Every header, as text (for a faithful copy of the message). */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Hands every message of a topic, from offset 0 to the end it had when called, to `onBatch`, a
 * batch (consecutive messages of one partition, in offset order) at a time, awaiting each: a reader
 * of a million events keeps only what it chooses to. Reads without a consumer group's committed
 * offsets (a throwaway group, deleted after), so it changes nothing any consumer relies on.
 * Answers how many messages it handed over.
 */
export async function scanWholeTopic(
  kafka: Kafka,
  topic: string,
  onBatch: (messages: readonly TopicMessage[]) => Promise<void>,
  timeoutMs = 1_800_000,
): Promise<{ readonly partitions: number; readonly messages: number }> {
  const end = await fetchTopicEnd(kafka, topic);
  const pending = new Set([...end.keys()].filter((p) => BigInt(end.get(p)!) > 0n));
  let count = 0;
  if (pending.size === 0) return { partitions: end.size, messages: 0 };
  const groupId = `tamga-verify-log-${randomBytes(6).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
  let finished!: () => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => ((finished = resolve), (failed = reject)));
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        if (!pending.has(batch.partition)) return;
        const high = BigInt(end.get(batch.partition) ?? '0');
        const messages: TopicMessage[] = [];
        for (const message of batch.messages) {
          if (BigInt(message.offset) >= high) break;
          messages.push({
            partition: batch.partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? null,
            value: message.value,
            leafIndex: message.headers?.[LEAF_INDEX_HEADER]?.toString() ?? null,
            storeId: message.headers?.[STORE_ID_HEADER]?.toString() ?? null,
            headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
          });
        }
        try {
          if (messages.length > 0) await onBatch(messages);
        } catch (error) {
          failed(error);
          return;
        }
        count += messages.length;
        const last = messages[messages.length - 1];
        if (last && BigInt(last.offset) + 1n >= high) pending.delete(batch.partition);
        if (pending.size === 0) finished();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Reading ${topic} did not reach its end within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return { partitions: end.size, messages: count };
}

/** Every message of a topic from offset 0 to its end when called, per partition in offset order (see {@link scanWholeTopic}). */
export async function readWholeTopic(kafka: Kafka, topic: string, timeoutMs = 600_000): Promise<TopicMessage[][]> {
  const partitions = [...(await fetchTopicEnd(kafka, topic)).keys()].sort((a, b) => a - b);
  const messages = new Map<number, TopicMessage[]>(partitions.map((p) => [p, []]));
  await scanWholeTopic(kafka, topic, async (batch) => void messages.get(batch[0].partition)!.push(...batch), timeoutMs);
  return partitions.map((p) => messages.get(p)!);
}

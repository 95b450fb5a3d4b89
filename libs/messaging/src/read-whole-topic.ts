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
 * Every message of a topic from offset 0 to the end it had when called, all partitions, each in
 * offset order. Reads without a consumer group's committed offsets (a throwaway group that is
 * deleted after), so verifying a topic changes nothing any consumer relies on.
 */
export async function readWholeTopic(kafka: Kafka, topic: string, timeoutMs = 600_000): Promise<TopicMessage[][]> {
  const end = await fetchTopicEnd(kafka, topic);
  const partitions = [...end.keys()].sort((a, b) => a - b);
  const messages = new Map<number, TopicMessage[]>(partitions.map((p) => [p, []]));
  const pending = new Set(partitions.filter((p) => BigInt(end.get(p)!) > 0n));
  if (pending.size === 0) return partitions.map(() => []);
  const groupId = `tamga-verify-log-${randomBytes(6).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const high = BigInt(end.get(batch.partition) ?? '0');
        const into = messages.get(batch.partition)!;
        for (const message of batch.messages) {
          if (BigInt(message.offset) >= high) break;
          into.push({
            partition: batch.partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? null,
            value: message.value,
            leafIndex: message.headers?.[LEAF_INDEX_HEADER]?.toString() ?? null,
            storeId: message.headers?.[STORE_ID_HEADER]?.toString() ?? null,
            headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
          });
        }
        const last = into[into.length - 1];
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
  return partitions.map((p) => messages.get(p)!);
}

import { Kafka } from 'kafkajs';

/** The topic every lot event goes to, and how many partitions it has. */
export interface EventTopicSettings {
  readonly topic: string;
  readonly partitions: number;
}

/**
 * The topic's configuration: nothing is ever deleted or compacted, so any consumer (a new read
 * model, `tamga replay`, `tamga verify-log`) can read the whole history from offset 0.
 */
export const EVENT_TOPIC_CONFIG = {
  'cleanup.policy': 'delete',
  'retention.ms': '-1',
  'retention.bytes': '-1',
} as const;

/** Creates the event topic if it does not exist; an existing one is left as it is. */
export async function ensureEventTopic(kafka: Kafka, settings: EventTopicSettings): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (existing.includes(settings.topic)) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: settings.topic,
          numPartitions: settings.partitions,
          replicationFactor: 1,
          configEntries: Object.entries(EVENT_TOPIC_CONFIG).map(([name, value]) => ({ name, value })),
        },
      ],
    });
  } finally {
    await admin.disconnect();
  }
}

/** The offset after the last message of each partition: where "everything so far" ends. */
export async function fetchTopicEnd(kafka: Kafka, topic: string): Promise<Map<number, string>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map((o) => [o.partition, o.high]));
  } finally {
    await admin.disconnect();
  }
}

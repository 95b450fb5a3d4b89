import { Admin, ConfigResourceTypes, Kafka } from 'kafkajs';

/** The topic every lot event goes to, and how many partitions it has. */
export interface EventTopicSettings {
  readonly topic: string;
  readonly partitions: number;
}

/**
 * The topic's configuration: nothing is ever deleted or compacted, so any consumer (a new read
 * model, `tamga replay`) can read the whole history from offset 0.
 */
export const EVENT_TOPIC_CONFIG = {
  'cleanup.policy': 'delete',
  'retention.ms': '-1',
  'retention.bytes': '-1',
} as const;

/**
 * Creates the event topic if it does not exist. An existing one must keep everything forever:
 * a topic that deletes or compacts old events could not rebuild the read models, so it is refused.
 */
export async function ensureEventTopic(kafka: Kafka, settings: EventTopicSettings): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (existing.includes(settings.topic)) return await assertKeepsEverything(admin, settings.topic);
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

async function assertKeepsEverything(admin: Admin, topic: string): Promise<void> {
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: Object.keys(EVENT_TOPIC_CONFIG) }],
  });
  const actual = new Map(described.resources[0].configEntries.map((e) => [e.configName, e.configValue]));
  const wrong = Object.entries(EVENT_TOPIC_CONFIG).filter(([name, value]) => actual.get(name) !== value);
  if (wrong.length > 0) {
    throw new Error(
      `Kafka topic ${topic} does not keep every event forever (${wrong.map(([n]) => `${n}=${actual.get(n)}`).join(', ')}; ` +
        `needed: ${wrong.map(([n, v]) => `${n}=${v}`).join(', ')}). Fix its configuration or use another topic (TAMGA_EVENT_TOPIC).`,
    );
  }
}

/** Deletes those of the topics that exist (test runs and benchmarks clean up after themselves). */
export async function deleteTopics(kafka: Kafka, topics: (name: string) => boolean): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ours = (await admin.listTopics()).filter(topics);
    if (ours.length > 0) await admin.deleteTopics({ topics: ours, timeout: 10_000 });
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

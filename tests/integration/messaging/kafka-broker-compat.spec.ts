// Proves that the Kafka client the application uses (kafkajs 2.2.4) works against the bundled
// broker (infra/kafka, Apache Kafka 4.x, which dropped old protocol versions: KIP-896).
// Runs against the real broker at KAFKA_BROKERS (default 127.0.0.1:9092); nothing is mocked.
import { randomBytes } from 'node:crypto';
import {
  Admin,
  ConfigResourceTypes,
  Consumer,
  EachMessagePayload,
  Kafka,
  logLevel,
  Partitioners,
  Producer,
} from 'kafkajs';

jest.setTimeout(60_000);

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092')
  .split(',')
  .map((b) => b.trim())
  .filter((b) => b.length > 0);

const runId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
const topic = `tamga.compat.${runId}`;
const groupId = `tamga-compat-${runId}`;

const PARTITIONS = 3;
const KEYS = ['lot-a', 'lot-b', 'lot-c', 'lot-d', 'lot-e', 'lot-f'];
const PER_KEY = 10;
const TOTAL = KEYS.length * PER_KEY;

interface Received {
  key: string;
  seq: number;
  partition: number;
  offset: string;
}

function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (predicate()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

describe('kafkajs 2.2.4 against the bundled Kafka broker', () => {
  const kafka = new Kafka({
    clientId: `tamga-compat-${runId}`,
    brokers,
    logLevel: logLevel.WARN,
  });
  let admin: Admin | undefined;
  let producer: Producer | undefined;
  let consumer: Consumer | undefined;
  const received: Received[] = [];

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    // Disconnect everything even if a test failed half way; then remove what this run created.
    await consumer?.disconnect().catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
    if (admin) {
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.deleteTopics({ topics: [topic], timeout: 10_000 }).catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    }
  });

  it('describes the cluster', async () => {
    const cluster = await admin!.describeCluster();
    expect(cluster.brokers.length).toBeGreaterThanOrEqual(1);
    expect(typeof cluster.clusterId).toBe('string');
    expect(cluster.clusterId.length).toBeGreaterThan(0);
  });

  it('creates a topic with explicit partitions and configs, and reads the configs back', async () => {
    const created = await admin!.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: PARTITIONS,
          replicationFactor: 1,
          configEntries: [
            { name: 'cleanup.policy', value: 'delete' },
            { name: 'retention.ms', value: '-1' },
          ],
        },
      ],
    });
    expect(created).toBe(true);

    const listed = await admin!.listTopics();
    expect(listed).toContain(topic);

    const metadata = await admin!.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics).toHaveLength(1);
    expect(metadata.topics[0].name).toBe(topic);
    expect(metadata.topics[0].partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2]);
    for (const p of metadata.topics[0].partitions) {
      expect(p.leader).toBeGreaterThanOrEqual(0);
      expect(p.replicas).toHaveLength(1);
    }

    const described = await admin!.describeConfigs({
      includeSynonyms: false,
      resources: [
        { type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['cleanup.policy', 'retention.ms'] },
      ],
    });
    expect(described.resources).toHaveLength(1);
    const resource = described.resources[0];
    expect(resource.errorCode).toBe(0);
    expect(resource.resourceName).toBe(topic);
    const configs = Object.fromEntries(resource.configEntries.map((e) => [e.configName, e.configValue]));
    expect(configs).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': '-1' });
    // Both were set on the topic itself, not inherited from broker defaults.
    for (const entry of resource.configEntries) expect(entry.isDefault).toBe(false);
  });

  it('sends keyed messages with an idempotent producer (acks=-1)', async () => {
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();

    // Interleave the keys so per-key order is not just a by-product of sending one key at a time.
    for (let seq = 0; seq < PER_KEY; seq += 1) {
      const result = await producer.send({
        topic,
        acks: -1,
        messages: KEYS.map((key) => ({ key, value: JSON.stringify({ key, seq }) })),
      });
      expect(result.length).toBeGreaterThan(0);
      for (const r of result) {
        expect(r.topicName).toBe(topic);
        expect(r.errorCode).toBe(0);
      }
    }

    const offsets = await admin!.fetchTopicOffsets(topic);
    expect(offsets).toHaveLength(PARTITIONS);
    const total = offsets.reduce((sum, o) => sum + (Number(o.high) - Number(o.low)), 0);
    expect(total).toBe(TOTAL);
  });

  it('reads everything back in a consumer group, in order per key, and commits offsets', async () => {
    consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic: t, partition, message }: EachMessagePayload) => {
        if (t !== topic) return;
        const body = JSON.parse(message.value!.toString('utf8')) as { key: string; seq: number };
        expect(message.key?.toString('utf8')).toBe(body.key);
        received.push({ key: body.key, seq: body.seq, partition, offset: message.offset });
      },
    });

    await waitFor(() => received.length >= TOTAL, 45_000, `${TOTAL} messages`);
    // Give a duplicate (which the idempotent producer must prevent) a moment to show up.
    await new Promise((r) => setTimeout(r, 500));
    expect(received).toHaveLength(TOTAL);

    for (const key of KEYS) {
      const forKey = received.filter((m) => m.key === key);
      expect(forKey.map((m) => m.seq)).toEqual(Array.from({ length: PER_KEY }, (_, i) => i));
      // One key, one partition: that is what gives the per-key order.
      expect(new Set(forKey.map((m) => m.partition)).size).toBe(1);
    }

    // Commit "next offset to read" = last consumed + 1 for every partition that got messages.
    const next = new Map<number, string>();
    for (const m of received) {
      const candidate = (BigInt(m.offset) + 1n).toString();
      const current = next.get(m.partition);
      if (current === undefined || BigInt(candidate) > BigInt(current)) next.set(m.partition, candidate);
    }
    await consumer.commitOffsets(
      [...next.entries()].map(([partition, offset]) => ({ topic, partition, offset })),
    );

    const highWatermarks = new Map(
      (await admin!.fetchTopicOffsets(topic)).map((o) => [o.partition, o.high] as const),
    );
    for (const [partition, offset] of next) expect(offset).toBe(highWatermarks.get(partition));

    const fetched = await admin!.fetchOffsets({ groupId, topics: [topic] });
    expect(fetched).toHaveLength(1);
    expect(fetched[0].topic).toBe(topic);
    const committed = new Map(fetched[0].partitions.map((p) => [p.partition, p.offset] as const));
    expect(committed.size).toBe(PARTITIONS);
    for (let partition = 0; partition < PARTITIONS; partition += 1) {
      // Partitions that got no message have no committed offset: kafkajs reports -1.
      expect(committed.get(partition)).toBe(next.get(partition) ?? '-1');
    }

    const groups = await admin!.describeGroups([groupId]);
    expect(groups.groups).toHaveLength(1);
    expect(groups.groups[0].groupId).toBe(groupId);
    expect(groups.groups[0].state).toBe('Stable');
    expect(groups.groups[0].members).toHaveLength(1);

    await consumer.disconnect();
    consumer = undefined;
  });
});

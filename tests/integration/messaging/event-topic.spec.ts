import { createKafka, ensureEventTopic } from '#tamga/messaging';
import { loadConfig } from '#tamga/platform';
import { unique } from '../../support/test-infrastructure';

describe('the event topic keeps every event (real broker)', () => {
  const kafka = createKafka({ brokers: loadConfig().kafkaBrokers, clientId: unique('topic-test-') });
  const name = () => unique(`tamga.test.${process.env.TAMGA_TEST_RUN}.topic-`);

  it('creates a missing topic, and accepts it as it is on the next start', async () => {
    const topic = name();
    await ensureEventTopic(kafka, { topic, partitions: 2 });
    await expect(ensureEventTopic(kafka, { topic, partitions: 2 })).resolves.toBeUndefined();
    const admin = kafka.admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    expect(metadata.topics[0].partitions).toHaveLength(2);
  });

  it('refuses an existing topic that would delete old events', async () => {
    const topic = name();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'retention.ms', value: String(7 * 24 * 3600_000) }] }],
    });
    await admin.disconnect();
    await expect(ensureEventTopic(kafka, { topic, partitions: 1 })).rejects.toThrow(/retention.ms=604800000.*retention.ms=-1/);
  });
});

import type { Pool } from 'pg';
import { harvestedEnvelope as harvested } from '../../fixtures/harvested-envelope';
import { Kafka, KafkaEventPublisher } from '#tamga/messaging';
import { Projector, READ_MODEL_TABLES, readModelDdl, replayAndCompare } from '#tamga/read-models';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

describe('tamga replay: read models rebuilt from Kafka offset 0 (real broker, real Postgres)', () => {
  let pool: Pool;
  let kafka: Kafka;
  let topic: string;
  let liveSchema: string;
  let live: Projector;
  let publisher: KafkaEventPublisher;

  beforeAll(async () => {
    pool = testPool(10);
    kafka = testKafka();
    topic = await freshTopic(kafka, 3);
    liveSchema = unique('live_');
    await pool.query(readModelDdl(liveSchema));
    live = new Projector(kafka, pool, { topic, groupId: unique('live-'), schema: liveSchema });
    await live.start();
    publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    const events = Array.from({ length: 40 }, (_, i) => harvested(unique('L'), 10 + i));
    await publisher.publish(events);
    await publisher.publish(events.slice(0, 5)); // a relay republish: duplicates in the log
    await eventually(async () => {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${liveSchema}.lot_events`);
      return rows[0].n === 40 ? true : undefined;
    }, 30_000, 'the live projection');
  }, 90_000);

  afterAll(async () => {
    await live.stop();
    await publisher.disconnect();
    await pool.end();
  });

  it('the replayed tables equal the live ones, table by table', async () => {
    const report = await replayAndCompare(kafka, pool, { topic, liveSchema, keep: false, timeoutMs: 60_000 });
    expect(report.tables.map((t) => t.table)).toEqual(READ_MODEL_TABLES.map((t) => t.name));
    expect(report.tables.filter((t) => t.table.startsWith('lot')).map((t) => [t.table, t.live.rows])).toEqual([
      ['lots', 40],
      ['lot_events', 40],
      ['lot_links', 0],
      ['lot_movements', 40],
    ]);
    expect(report.equal).toBe(true);
    const { rows } = await pool.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [report.schema]);
    expect(rows).toHaveLength(0); // the replay's tables are dropped unless kept
  }, 90_000);

  it('reports the table that differs when the live read model has drifted', async () => {
    await pool.query(`UPDATE ${liveSchema}.lots SET on_hand_amount = on_hand_amount + 1 WHERE lot_id = (SELECT min(lot_id) FROM ${liveSchema}.lots)`);
    const report = await replayAndCompare(kafka, pool, { topic, liveSchema, keep: false, timeoutMs: 60_000 });
    expect(report.equal).toBe(false);
    expect(report.tables.find((t) => t.table === 'lots')?.equal).toBe(false);
    expect(report.tables.find((t) => t.table === 'lot_events')?.equal).toBe(true);
  }, 90_000);
});

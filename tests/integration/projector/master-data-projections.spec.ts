import type { Pool } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Kafka, KafkaEventPublisher, fetchTopicEnd } from '#tamga/messaging';
import { Projector, readModelDdl, replayAndCompare, tableChecksums } from '#tamga/read-models';
import {
  halalEnvelope,
  honeyEnvelope,
  producerEnvelope,
  specialisationEnvelope,
  villageEnvelope,
} from '../../fixtures/master-data-envelopes';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

const MASTER_DATA_TABLES = ['places', 'products', 'parties', 'schemes', 'village_specialisations'];

describe('master-data projections (real broker, real Postgres): idempotent, never moving back, rebuilt equal by replay', () => {
  let pool: Pool;
  let kafka: Kafka;
  let topic: string;
  let schema: string;
  let projector: Projector;
  let publisher: KafkaEventPublisher;
  const ids = { village: unique('village:tamga-'), honey: unique('product:honey-'), jam: unique('product:jam-'), producer: unique('producer:'), halal: unique('scheme:halal-') };

  /** Publishes and waits until the projector's checkpoint has reached the end of every partition. */
  async function publishAndApply(events: readonly EventEnvelope[]): Promise<void> {
    await publisher.publish(events);
    const end = await fetchTopicEnd(kafka, topic);
    await eventually(async () => {
      const { rows } = await pool.query<{ partition: number; next: string }>(
        `SELECT partition, (last_offset + 1)::text AS next FROM ${schema}.projection_checkpoints WHERE topic = $1`,
        [topic],
      );
      const reached = new Map(rows.map((r) => [r.partition, BigInt(r.next)]));
      return [...end].every(([p, high]) => high === '0' || (reached.get(p) ?? 0n) >= BigInt(high)) ? true : undefined;
    }, 30_000, 'the projector to reach the end of the topic');
  }
  const masterDataChecksums = async () => (await tableChecksums(pool, schema)).filter((t) => MASTER_DATA_TABLES.includes(t.table));

  beforeAll(async () => {
    pool = testPool(10);
    kafka = testKafka();
    topic = await freshTopic(kafka, 3);
    schema = unique('md_');
    await pool.query(readModelDdl(schema));
    projector = new Projector(kafka, pool, { topic, groupId: unique('md-'), schema });
    await projector.start();
    publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
  }, 60_000);

  afterAll(async () => {
    await projector.stop();
    await publisher.disconnect();
    await pool.end();
  });

  const first = {
    villageV1: villageEnvelope(ids.village, 1, 'Tamga'),
    villageV2: villageEnvelope(ids.village, 2, 'Tamga village'),
    honey: honeyEnvelope(ids.honey),
    producer: producerEnvelope(ids.producer),
    halal: halalEnvelope(ids.halal),
    honeySince: specialisationEnvelope(ids.village, 1, ids.honey, '2023-03-03'),
    jamSince: specialisationEnvelope(ids.village, 2, ids.jam, '2024-06-01'),
  };

  it('projects each record at its latest version, and every specialisation of a village', async () => {
    await publishAndApply(Object.values(first));
    const { rows: places } = await pool.query(`SELECT place_id, version, names->>'en' AS en, parent_id FROM ${schema}.places WHERE place_id = $1`, [ids.village]);
    expect(places).toEqual([{ place_id: ids.village, version: 2, en: 'Tamga village', parent_id: 'district:ton' }]);
    const { rows: parties } = await pool.query(`SELECT kinds, member_of_ids, operates_place_ids FROM ${schema}.parties WHERE party_id = $1`, [ids.producer]);
    expect(parties).toEqual([{ kinds: ['producer'], member_of_ids: ['group:ovop'], operates_place_ids: [] }]);
    const { rows: specialisations } = await pool.query(
      `SELECT product_id, to_char(since, 'YYYY-MM-DD') AS since FROM ${schema}.village_specialisations WHERE village_id = $1 ORDER BY since`,
      [ids.village],
    );
    expect(specialisations).toEqual([
      { product_id: ids.honey, since: '2023-03-03' },
      { product_id: ids.jam, since: '2024-06-01' },
    ]);
    expect((await masterDataChecksums()).map((t) => [t.table, t.rows])).toEqual([
      ['places', 1], ['products', 1], ['parties', 1], ['schemes', 1], ['village_specialisations', 2],
    ]);
  }, 60_000);

  it('events delivered again (a relay republish, at new offsets) change nothing, and an older version never overwrites a newer one', async () => {
    const before = await masterDataChecksums();
    await publishAndApply(Object.values(first));
    await publishAndApply([first.villageV1, first.honeySince]);
    expect(await masterDataChecksums()).toEqual(before);
    const { rows } = await pool.query(`SELECT version, names->>'en' AS en FROM ${schema}.places WHERE place_id = $1`, [ids.village]);
    expect(rows).toEqual([{ version: 2, en: 'Tamga village' }]);
  }, 60_000);

  it('a later version moves the row forward', async () => {
    await publishAndApply([villageEnvelope(ids.village, 3, 'Tamga, Ton district')]);
    const { rows } = await pool.query(`SELECT version, names->>'en' AS en FROM ${schema}.places WHERE place_id = $1`, [ids.village]);
    expect(rows).toEqual([{ version: 3, en: 'Tamga, Ton district' }]);
  }, 60_000);

  it('a replay from offset 0 rebuilds master-data tables equal to the live ones, duplicates and all', async () => {
    const report = await replayAndCompare(kafka, pool, { topic, liveSchema: schema, keep: false, timeoutMs: 60_000 });
    const masterData = report.tables.filter((t) => MASTER_DATA_TABLES.includes(t.table));
    expect(masterData.map((t) => t.table)).toEqual(MASTER_DATA_TABLES);
    expect(masterData.every((t) => t.equal && t.live.rows > 0)).toBe(true);
    expect(report.equal).toBe(true);
  }, 90_000);
});

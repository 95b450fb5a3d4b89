import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { harvestedEnvelope as harvested } from '../../fixtures/harvested-envelope';
import { readStoreId } from '#tamga/event-store';
import { KafkaEventPublisher } from '#tamga/messaging';
import { ForeignStoreError, Projector, readModelDdl } from '#tamga/read-models';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';


describe('projector: a topic written by another event store (real broker, real Postgres)', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool();
  });
  afterAll(() => pool.end());

  async function project(stamp: (own: string) => string): Promise<{ foreign: ForeignStoreError[]; rows: () => Promise<number> }> {
    const kafka = testKafka();
    const topic = await freshTopic(kafka, 1);
    const schema = unique('foreign_');
    await pool.query(readModelDdl(schema));
    const publisher = new KafkaEventPublisher(kafka, topic, stamp(await readStoreId(pool)));
    await publisher.connect();
    await publisher.publish([harvested(unique('L')), harvested(unique('L'))]);
    await publisher.disconnect();
    const foreign: ForeignStoreError[] = [];
    const projector = new Projector(kafka, pool, { topic, groupId: unique('g-'), schema }, { onForeignStore: (e) => foreign.push(e) });
    const rows = async () => (await pool.query(`SELECT count(*)::int AS n FROM ${schema}.lot_events`)).rows[0].n as number;
    await projector.start();
    try {
      await eventually(async () => (foreign.length > 0 || (await rows()) === 2 ? true : undefined), 30_000, 'a verdict');
    } finally {
      await projector.stop();
    }
    return { foreign, rows };
  }

  it('refuses events stamped by another store, applying none of them', async () => {
    const { foreign, rows } = await project(() => randomUUID());
    expect(foreign[0]).toBeInstanceOf(ForeignStoreError);
    expect(foreign[0].message).toContain('TAMGA_EVENT_TOPIC');
    expect(await rows()).toBe(0);
  }, 60_000);

  it('applies events stamped by its own store', async () => {
    const { foreign, rows } = await project((own) => own);
    expect(foreign).toEqual([]);
    expect(await rows()).toBe(2);
  }, 60_000);
});

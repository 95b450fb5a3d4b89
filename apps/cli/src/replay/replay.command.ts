import { createKafka } from '#tamga/messaging';
import { createPool, loadConfig } from '#tamga/platform';
import { LIVE_READ_MODEL_SCHEMA, ReplayReport, replayAndCompare } from '#tamga/read-models';
import { provideInfrastructure } from '#tamga/local-infra';

/**
 * `tamga replay [--keep]`: rebuilds the read models from Kafka offset 0 into fresh tables and
 * reports, per table, whether they equal the live ones. Exits 0 when all do, 1 when any differs.
 */
export async function replayCommand(args: readonly string[]): Promise<number> {
  const infrastructure = await provideInfrastructure();
  const config = loadConfig({ ...process.env, DATABASE_URL: infrastructure.databaseUrl, KAFKA_BROKERS: infrastructure.kafkaBrokers });
  const pool = createPool(config.databaseUrl, 4);
  try {
    const report = await replayAndCompare(
      createKafka({ brokers: config.kafkaBrokers, clientId: 'tamga-replay' }),
      pool,
      { topic: config.eventTopic, liveSchema: LIVE_READ_MODEL_SCHEMA, keep: args.includes('--keep'), timeoutMs: 300_000 },
    );
    printReport(report, args.includes('--keep'));
    return report.equal ? 0 : 1;
  } finally {
    await pool.end();
    await infrastructure.release();
  }
}

function printReport(report: ReplayReport, kept: boolean): void {
  console.log(`Replayed ${report.tables.length} read-model table(s) from Kafka offset 0 into ${report.schema}.`);
  for (const t of report.tables) {
    const verdict = t.equal ? 'equal' : 'DIFFERENT';
    console.log(`  ${t.table.padEnd(12)} ${verdict.padEnd(9)} live ${t.live.rows} rows md5 ${t.live.md5}  replay ${t.replay.rows} rows md5 ${t.replay.md5}`);
  }
  console.log(report.equal ? 'The replay equals the live read models.' : 'The replay DIFFERS from the live read models.');
  if (kept) console.log(`The replayed tables are kept in schema ${report.schema}.`);
}

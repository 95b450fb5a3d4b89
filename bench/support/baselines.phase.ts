import { readStoreId } from '#tamga/event-store';
import { BaselineResult, measureKafkaProduce, measurePgCopy } from './baselines';
import { BenchRun } from './bench-run';
import { fmt } from './stats';

/** The two raw yardsticks of a run. */
export interface Baselines {
  readonly kafka: BaselineResult;
  readonly copy: BaselineResult;
}

/**
 * Raw kafkajs produce and raw Postgres COPY of `rows` harvest events, `batchSize` at a time,
 * measured first, while nothing else of the run is up (see baselines.ts for what each does).
 */
export async function measureBaselines(bench: BenchRun, rows: number, batchSize: number, partitions: number): Promise<Baselines> {
  console.log('\nBaselines');
  const kafka = await measureKafkaProduce(bench.kafka, bench.baselineTopic, partitions, bench.run, rows, batchSize, await readStoreId(bench.pool));
  console.log(`  raw Kafka produce: ${fmt(kafka.perSecond)} msg/s (${kafka.seconds.toFixed(2)} s)`);
  const copyTable = `public.bench_copy_${bench.run}`;
  bench.onCleanUp(() => bench.pool.query(`DROP TABLE IF EXISTS ${copyTable}`));
  const copy = await measurePgCopy(bench.pool, copyTable, bench.run, rows, batchSize);
  console.log(`  raw Postgres COPY: ${fmt(copy.perSecond)} rows/s (${copy.seconds.toFixed(2)} s)`);
  await bench.pool.query(`DROP TABLE IF EXISTS ${copyTable}`);
  return { kafka, copy };
}

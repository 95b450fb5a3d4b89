import { Infrastructure, provideInfrastructure } from '#tamga/local-infra';
import { Kafka, createKafka } from '#tamga/messaging';
import { loadAverages } from '../support/results';
import { withCleanup } from '../support/with-cleanup';
import { PROVENANCE_DATABASE, PROVENANCE_PROJECTOR_GROUP, PROVENANCE_RELAY, PROVENANCE_SETTINGS, PROVENANCE_TOPIC } from './settings';

/** What the provenance benchmark runs against. */
export interface ProvenanceRun {
  readonly infrastructure: Infrastructure;
  readonly kafka: Kafka;
  /** The environment every service of the run gets: the bench's database, topic, relay and group. */
  readonly env: NodeJS.ProcessEnv;
  /** True when the database is the bench's own (not DATABASE_URL): it may be dropped and regenerated. */
  readonly ownDatabase: boolean;
  onCleanUp(step: () => Promise<unknown>): void;
}

/**
 * Runs the provenance benchmark: Kafka and Postgres as `npm start` provides them, the bench's own
 * database (kept between runs, unlike the spine's, because its dataset takes minutes to make), and
 * cleanup of whatever was started, on success, failure or Ctrl-C. Returns the exit code.
 */
export async function runProvenanceBench(body: (run: ProvenanceRun) => Promise<void>): Promise<number> {
  const load = loadAverages();
  console.log(`Tamga provenance benchmark: Node ${process.version}, load average ${load['1m']} ${load['5m']} ${load['15m']}`);
  return withCleanup(async (onCleanUp) => {
    const ownDatabase = !process.env.DATABASE_URL;
    const infrastructure = await provideInfrastructure(PROVENANCE_DATABASE);
    onCleanUp(() => infrastructure.release());
    infrastructure.description.forEach((line) => console.log(`  ${line}`));
    console.log(`  Database: ${ownDatabase ? `${PROVENANCE_DATABASE} (kept between runs with its dataset)` : 'DATABASE_URL, as it is'}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: infrastructure.databaseUrl,
      KAFKA_BROKERS: infrastructure.kafkaBrokers,
      TAMGA_EVENT_TOPIC: PROVENANCE_TOPIC,
      TAMGA_EVENT_TOPIC_PARTITIONS: String(PROVENANCE_SETTINGS.partitions),
      TAMGA_RELAY_NAME: PROVENANCE_RELAY,
      TAMGA_PROJECTOR_GROUP: PROVENANCE_PROJECTOR_GROUP,
    };
    const kafka = createKafka({ brokers: infrastructure.kafkaBrokers.split(','), clientId: 'tamga-bench-provenance' });
    await body({ infrastructure, kafka, env, ownDatabase, onCleanUp });
  });
}

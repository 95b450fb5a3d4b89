import { join } from 'node:path';
import { createKafka, ensureEventTopic } from '#tamga/messaging';
import { loadConfig, runMigrations } from '#tamga/platform';
import { dataDir, provideInfrastructure } from '#tamga/local-infra';
import { pagesForPeople } from './pages-for-people';
import { DEMO_LOT, demoSeasonSummary, demoWelcome } from './demo-welcome';
import { DemoSeasonReport, loadDemoSeason } from './load-demo-season';
import { SERVICES, ServiceProcess, waitForHealthy } from './service-process';

/**
 * `tamga start`: Kafka and Postgres (yours or the bundled ones), migrations, every service,
 * the demo season; then prints where to look. Ctrl-C stops everything it started.
 */
export async function startCommand(args: readonly string[]): Promise<number> {
  console.log('Tamga is starting: Kafka, Postgres, migrations, services, demo data...');
  const infrastructure = await provideInfrastructure();
  infrastructure.description.forEach((line) => console.log(`  ${line}`));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: infrastructure.databaseUrl, KAFKA_BROKERS: infrastructure.kafkaBrokers };
  const config = loadConfig(env);
  const captureUrl = `http://${config.host}:${config.capturePort}`;
  const provenanceUrl = `http://${config.host}:${config.provenancePort}`;

  const keysFile = join(dataDir(), 'demo-keys.json');
  let demo: DemoSeasonReport | null = null;
  let services: ServiceProcess[] = [];
  let stopping: Promise<never> | null = null;
  // From here on, every way out (Ctrl-C, a failed step, a service dying) stops what was started.
  const stopAll = (exitCode: number): Promise<never> => {
    stopping ??= (async () => {
      console.log('Stopping Tamga...');
      await Promise.all(services.map((s) => s.stop()));
      await infrastructure.release();
      console.log('Stopped. Your data is kept for the next start.');
      process.exit(exitCode);
    })();
    return stopping;
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  try {
    const ran = await runMigrations(config.databaseUrl);
    console.log(`  Migrations: ${ran.length === 0 ? 'up to date' : ran.join(', ')}`);
    await ensureEventTopic(createKafka({ brokers: config.kafkaBrokers, clientId: 'tamga-start' }), {
      topic: config.eventTopic,
      partitions: config.eventTopicPartitions,
    });
    const onUnexpectedExit = (name: string, code: number | null) => {
      console.error(`The ${name} service exited unexpectedly (code ${code}); stopping everything.`);
      void stopAll(1);
    };
    services = SERVICES.map((name) => new ServiceProcess(name, env, onUnexpectedExit));
    await waitForHealthy(`${captureUrl}/health`, 60_000);
    await waitForHealthy(`${provenanceUrl}/health`, 60_000);
    if (!args.includes('--no-demo')) {
      demo = await loadDemoSeason({ captureUrl, provenanceUrl, databaseUrl: config.databaseUrl, keysFile });
      demoSeasonSummary(demo, keysFile).forEach((line) => console.log(`  ${line}`));
    }
  } catch (error) {
    console.error(`Tamga could not start: ${error instanceof Error ? error.message : String(error)}`);
    return stopAll(1);
  }
  const pages = await pagesForPeople(provenanceUrl);
  console.log(`
Tamga is running.
  Provenance API   ${provenanceUrl}          (OpenAPI: ${provenanceUrl}/docs)
  Capture API      ${captureUrl}          (OpenAPI: ${captureUrl}/docs)
  A demo lot       ${provenanceUrl}/lots/${DEMO_LOT}${pages.map((line) => `\n  ${line}`).join('')}
  Health           ${provenanceUrl}/health  ${captureUrl}/health${demo ? `\n${demoWelcome(demo, keysFile)}` : ''}

Press Ctrl-C to stop.`);
  return new Promise<number>(() => undefined);
}

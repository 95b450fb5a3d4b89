import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { dropDatabase, ensureDatabase, serverUrlOf } from '#tamga/local-infra';
import { deleteTopics } from '#tamga/messaging';
import { createPool, runMigrations } from '#tamga/platform';
import { GenerationReport, generateDataset } from '../../apps/cli/src/generate-dataset/generate-dataset';
import { ProjectionStages, awaitProjection } from '../../apps/cli/src/generate-dataset/projection/await-projection';
import { startRelayAndProjector } from '../../apps/cli/src/generate-dataset/projection/relay-and-projector';
import { datasetIds } from '../../apps/cli/src/generate-dataset/world/dataset-ids';
import { ProvenanceRun } from './provenance-run';
import { PROVENANCE_DATABASE, PROVENANCE_RELAY, PROVENANCE_SETTINGS, PROVENANCE_TOPIC } from './settings';

/** The dataset the benchmark reads: reused as found, or generated in this run (with its rates). */
export interface Dataset {
  readonly events: number;
  readonly lotPrefix: string;
  readonly generated: (GenerationReport & { readonly projection: ProjectionStages; readonly secondsToProjected: number }) | null;
}

/** A generation stops after the cycle in which it reached its size: the store holds up to a cycle more. */
const SLACK = 2_000;

/**
 * Makes sure the database holds the dataset of the configured seed and size, projected: reused when
 * it is there (its admin party and an event count within a cycle of the size), else (on the bench's
 * own database) dropped with its topic and generated again, with the relay and the projector
 * running, until the read models hold every event. On DATABASE_URL, a store holding something else
 * is an error: the bench never drops a database it does not own.
 */
export async function ensureDataset(run: ProvenanceRun): Promise<Dataset> {
  const url = run.infrastructure.databaseUrl;
  await runMigrations(url);
  let pool = createPool(url, 4);
  try {
    return await ensure(run, () => pool, async () => {
      await pool.end();
      await dropDatabase(serverUrlOf(url), PROVENANCE_DATABASE);
      await ensureDatabase(serverUrlOf(url), PROVENANCE_DATABASE);
      await deleteTopics(run.kafka, (t) => t === PROVENANCE_TOPIC);
      await runMigrations(url);
      pool = createPool(url, 4);
    });
  } finally {
    await pool.end();
  }
}

async function ensure(run: ProvenanceRun, pool: () => Pool, recreate: () => Promise<void>): Promise<Dataset> {
  const { events: wanted, seed } = PROVENANCE_SETTINGS;
  const ids = datasetIds(seed);
  const state = async () => {
    const { rows } = await pool().query<{ n: string; ours: boolean }>(
      // API keys the benchmark issues (one a run) are not part of the dataset.
      `SELECT (SELECT count(*) FROM event_store.events WHERE stream_id NOT LIKE 'api-key/%')::text AS n,
              EXISTS (SELECT 1 FROM event_store.events WHERE stream_id = $1) AS ours`,
      [`party/${ids.id('admin', 'dataset')}`],
    );
    return { count: Number(rows[0].n), ours: rows[0].ours };
  };
  let found = await state();
  const fits = found.ours && found.count >= wanted && found.count < wanted + SLACK;
  if (!fits && found.count > 0) {
    if (!run.ownDatabase) throw new Error(`DATABASE_URL holds ${found.count} events, not the dataset of seed ${seed} with ${wanted} events: point it at an empty database`);
    console.log(`  ${PROVENANCE_DATABASE} holds ${found.count.toLocaleString('en-US')} events, not the ${wanted.toLocaleString('en-US')} of seed ${seed}: dropping it and its topic`);
    await recreate();
    found = await state();
  }
  const services = startRelayAndProjector(run.env);
  try {
    const started = performance.now();
    let generated: GenerationReport | null = null;
    if (found.count === 0) {
      console.log(`\nGenerating the dataset: ${wanted.toLocaleString('en-US')} events of seed ${seed} (tamga generate-dataset), relay and projector running`);
      generated = await generateDataset(pool(), { events: wanted, seed, log: (line) => console.log(line) });
      console.log(
        `  generated ${generated.events.toLocaleString('en-US')} events (${generated.facts.toLocaleString('en-US')} lot facts in ${generated.cycles} cycles, ` +
          `${generated.masterDataEvents.toLocaleString('en-US')} of master data) in ${generated.seconds.toFixed(1)} s (${Math.round(generated.events / generated.seconds).toLocaleString('en-US')}/s decided and written)`,
      );
    } else console.log(`\nDataset: reusing ${found.count.toLocaleString('en-US')} events of seed ${seed} in the database`);
    const projection = await awaitProjection({ pool: pool(), kafka: run.kafka, topic: PROVENANCE_TOPIC, relayName: PROVENANCE_RELAY }, 60 * 60_000, (line) => console.log(line));
    const secondsToProjected = (performance.now() - started) / 1000;
    if (generated) {
      console.log(
        `  projected: the read models hold all ${projection.projected.toLocaleString('en-US')} messages ${secondsToProjected.toFixed(1)} s after the generation began ` +
          `(${Math.round(generated.events / secondsToProjected).toLocaleString('en-US')} events/s end to end; after the last write, the relay took ${projection.relayCaughtUp.toFixed(1)} s more, the projector ${projection.projectorCaughtUp.toFixed(1)} s)`,
      );
    }
    const events = generated ? found.count + generated.events : found.count;
    return { events, lotPrefix: ids.lotPrefix, generated: generated ? { ...generated, projection, secondsToProjected } : null };
  } finally {
    await services.stop();
  }
}

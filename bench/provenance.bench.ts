import 'reflect-metadata';
import { join } from 'node:path';
import { dataDir } from '#tamga/local-infra';
import { createPool } from '#tamga/platform';
import { postmasterPid } from './support/bench-infrastructure';
import { exitWith } from './support/bench-run';
import { loadAverages, writeResults } from './support/results';
import { startChildService } from './provenance/child-service';
import { provenanceGroups } from './provenance/process-groups';
import { ensureDataset } from './provenance/dataset.phase';
import { inspectorKey } from './provenance/inspector-key';
import { uncachedPagePhase } from './provenance/page.phase';
import { ProvenanceBench } from './provenance/provenance-bench';
import { runProvenanceBench } from './provenance/provenance-run';
import { dossierPhase, traceBackPhase, traceForwardPhase } from './provenance/reads.phase';
import { report } from './provenance/report';
import { drawSamples } from './provenance/samples';
import { PROVENANCE_SETTINGS } from './provenance/settings';
import { throughputPhase } from './provenance/throughput.phase';

/**
 * The provenance benchmark: on a generated dataset of a million events (tamga generate-dataset,
 * kept between runs), the consumer page uncached (p50, p99) and cached (requests/s) next to a bare
 * NestJS-on-Fastify hello world measured in the same run by the same client, the inspector's trace
 * back and forward on lots 8 generations deep, and the export dossier. `npm run bench:provenance`;
 * bench/README.md explains the figures. The phases are in provenance/, one file each.
 */
async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadAverages();
  return runProvenanceBench(async (run) => {
    const s = PROVENANCE_SETTINGS;
    const dataset = await ensureDataset(run);
    const pool = createPool(run.infrastructure.databaseUrl, 4);
    run.onCleanUp(() => pool.end());
    const samples = await drawSamples(pool, s.seed, { page: s.pageLots, single: s.pageSingleLots, cached: s.cachedPages, trace: s.traceLots, dossier: s.dossierShipments });
    console.log(`  samples: ${samples.pageLots.length} packed lots, jam lots traced back ${samples.depth.back.join('-')} generations deep, harvests traced forward ${samples.depth.forward.join('-')}, ${samples.shipments.length} export shipments`);
    const authorization = `Bearer ${await inspectorKey(pool, s.seed)}`;

    console.log('\nStarting the provenance service and the hello world, each in its own process...');
    const profileDir = s.profile ? join(dataDir(), 'profiles') : undefined;
    const entry = (path: string) => join(__dirname, path);
    const provenance = await startChildService({ name: 'provenance', entry: entry('../apps/provenance/src/main.js'), portVariable: 'PROVENANCE_PORT', env: run.env, healthPath: '/health', ...(profileDir ? { profileDir } : {}) });
    run.onCleanUp(() => provenance.stop());
    const hello = await startChildService({ name: 'hello', entry: entry('provenance/hello-world.main.js'), portVariable: 'HELLO_PORT', env: run.env, healthPath: '/hello' });
    run.onCleanUp(() => hello.stop());
    const groups = provenanceGroups(await postmasterPid(pool), provenance.pid, hello.pid, new URL(run.infrastructure.databaseUrl).pathname.slice(1));
    const bench: ProvenanceBench = { provenanceUrl: provenance.url, helloUrl: hello.url, groups, samples, inspectorAuthorization: authorization };

    console.log(`\nMeasuring (load average now ${Object.values(loadAverages()).join(' ')})`);
    const uncached = await uncachedPagePhase(bench);
    const throughput = await throughputPhase(bench);
    const traceBack = await traceBackPhase(bench);
    const traceForward = await traceForwardPhase(bench);
    const dossier = await dossierPhase(bench);
    if (profileDir) console.log(`\nCPU profile of the provenance service: ${profileDir} (written when it stops)`);
    writeResults('provenance', report(startedAt, loadAtStart, run.infrastructure, { dataset, samples, uncached, throughput, traceBack, traceForward, dossier }));
  });
}

exitWith(main);

import 'reflect-metadata';
import { join } from 'node:path';
import { generateSigningKey } from '#tamga/integrity';
import { dataDir } from '#tamga/local-infra';
import { ServiceProcess } from '../apps/cli/src/start/service-process';
import { partyWithKey, releaseTestKeys } from '../tests/support/test-keys';
import { startChildService } from './provenance/child-service';
import { provenanceGroups } from './provenance/process-groups';
import { measureKafkaProduce } from './support/baselines';
import { postmasterPid } from './support/bench-infrastructure';
import { exitWith, runBench } from './support/bench-run';
import { HARVEST_GROUP, harvestWorldWithKeys } from './support/harvest-world';
import { producerIdOf } from './support/harvests';
import { loadAverages, writeResults } from './support/results';
import { fmt } from './support/stats';
import { recordBundleJourney } from './integrity/bundle-journey';
import { bundlePhase } from './integrity/bundle.phase';
import { signedHarvests, unsignedHarvests } from './integrity/capture-facts';
import { postOfflineBatches } from './integrity/capture.phase';
import { checkpointPhase } from './integrity/checkpoint.phase';
import { proofsPhase } from './integrity/proofs.phase';
import { relayCatchUp } from './integrity/relay.phase';
import { report } from './integrity/report';
import { INTEGRITY_DATABASE, INTEGRITY_SETTINGS } from './integrity/settings';
import { measureVerifyBaseline } from './integrity/verify-baseline.phase';

/**
 * The integrity benchmark (issue 5): the raw single-core Ed25519 verify rate; capture with a
 * device signature verified on every event, and the same facts server-signed; the relay keeping
 * the Merkle log beside raw Kafka produce; one checkpoint; inclusion and consistency proofs over
 * HTTP on a log of 100,000+ leaves beside a hello world; and a ~500-event export proof bundle.
 * Its own database and topics. `npm run bench:integrity`; bench/README.md explains the figures.
 */
async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadAverages();
  const loadByPhase: Record<string, ReturnType<typeof loadAverages>> = {};
  const phase = (name: string, title: string) => {
    loadByPhase[name] = loadAverages();
    console.log(`\n${title} (load average ${Object.values(loadByPhase[name]).join(' ')})`);
  };
  return runBench(
    'integrity',
    INTEGRITY_SETTINGS.partitions,
    async (run) => {
      const s = INTEGRITY_SETTINGS;
      const entry = (path: string) => join(__dirname, path);
      const env: NodeJS.ProcessEnv = { ...process.env };
      const serviceFailed = (name: string, code: number | null) => console.error(`  the ${name} service exited unexpectedly (code ${code})`);

      phase('verify', 'Baseline: Ed25519 verify, node:crypto, one core, in this process');
      const verify = measureVerifyBaseline(run.run, s.verifyMs);
      console.log(`  ${fmt(verify.perSecond)} verifications per CPU second over ${verify.payloadBytes}-byte payloads (${fmt(verify.perWallSecond)} per wall-clock second: ${fmt(verify.verifications)} in ${verify.seconds.toFixed(1)} s)`);
      phase('kafka', 'Baseline: raw Kafka produce, as the relay produces');
      const kafka = await measureKafkaProduce(run.kafka, run.baselineTopic, s.partitions, run.run, s.kafkaRows, 1000, null);
      console.log(`  ${fmt(kafka.perSecond)} messages/s (${fmt(kafka.rows)} in batches of ${kafka.batchSize})`);

      console.log('\nStarting capture alone (relay and projector later: the capture phases measure capture)...');
      const profileDir = s.profile ? join(dataDir(), 'profiles') : undefined;
      const capture = await startChildService({ name: 'capture', entry: entry('../apps/capture/src/main.js'), portVariable: 'CAPTURE_PORT', env, healthPath: '/health', ...(profileDir ? { profileDir } : {}) });
      run.onCleanUp(() => capture.stop());
      run.onCleanUp(() => releaseTestKeys());
      const [groupKey] = await harvestWorldWithKeys(run.pool, 1);
      const post = (name: string, facts: Parameters<typeof postOfflineBatches>[3]) => postOfflineBatches(name, capture.url, groupKey, facts, s.batchSize, s.clients, run.groups);

      phase('capture_unsigned', `Capture, server-signed: POST /lot-facts/batch, ${s.batchSize} harvests a request, ${s.clients} clients`);
      // The log is filled first: it warms capture up too, so the timed phases find it equally warm.
      const { rows } = await run.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events');
      const fill = Math.max(2_000, s.leaves - Number(rows[0].n) - s.unsignedEvents - s.signedEvents - 2_000 - 3 * s.bundleLotsPerProducer * 5 + 1_000);
      console.log(`  filling the log (and warming capture up): ${fmt(fill)} server-signed harvests, not timed`);
      await post('fill', unsignedHarvests(run.run, 'F', fill));
      const unsigned = await post('server-signed', unsignedHarvests(run.run, 'U', s.unsignedEvents));

      phase('sign', 'A device key for the group: every fact it records from now on must be signed');
      const device = generateSigningKey();
      const registered = await fetch(`${capture.url}/parties/${encodeURIComponent(HARVEST_GROUP)}/signing-keys`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${groupKey}` },
        body: JSON.stringify({ publicKey: device.publicKey, device: 'bench-tablet' }),
      });
      if (registered.status !== 201) throw new Error(`registering the device key answered ${registered.status}: ${await registered.text()}`);
      const deviceKey = { keyId: device.keyId, privateKey: device.privateKey };
      console.log(`  signing ${fmt(s.signedEvents + 2_000)} harvests as the device does (dry run, then sign; not timed)...`);
      const warmSigned = await signedHarvests(capture.url, groupKey, deviceKey, run.run, 'X', 2_000, s.signers);
      const signedFacts = await signedHarvests(capture.url, groupKey, deviceKey, run.run, 'S', s.signedEvents, s.signers);
      console.log(`  signing payload: ${signedFacts.payloadBytes} bytes (the verify baseline's: ${verify.payloadBytes})`);
      phase('capture_signed', `Capture, device-signed: the same requests, each fact with its signature`);
      await post('warm-up', warmSigned.facts);
      const signed = await post('device-signed', signedFacts.facts);

      console.log('\nThe bundle\'s journey through the capture API (server-signed parties; not timed)...');
      const shipmentId = await recordBundleJourney(capture.url, run.run, s.bundleLotsPerProducer);

      phase('relay', 'The relay over the backlog: leaves, subtree hashes, Kafka, checkpoints every 1,000 leaves');
      const { relay, measured: relayMeasured } = await relayCatchUp(run.pool, env, run.groups);
      run.onCleanUp(() => relay.stop());

      phase('checkpoint', 'One checkpoint at a time, each after the log grew by one fact');
      const producer = await partyWithKey({ partyId: producerIdOf(0, 'tamga'), kinds: ['producer'] }, { label: 'bench-checkpoints' });
      const checkpoint = await checkpointPhase(run.pool, capture.url, producer, run.run, s.checkpoints);

      console.log('\nStarting the projector (the bundle needs the dossier\'s read models)...');
      const projector = new ServiceProcess('projector', env, serviceFailed);
      run.onCleanUp(() => projector.stop());

      console.log('\nStarting provenance and the hello world, each in its own process...');
      const provenance = await startChildService({ name: 'provenance', entry: entry('../apps/provenance/src/main.js'), portVariable: 'PROVENANCE_PORT', env, healthPath: '/health' });
      run.onCleanUp(() => provenance.stop());
      const hello = await startChildService({ name: 'hello', entry: entry('provenance/hello-world.main.js'), portVariable: 'HELLO_PORT', env, healthPath: '/hello' });
      run.onCleanUp(() => hello.stop());

      phase('bundle', 'The export proof bundle (waits for the projector to fold the backlog)');
      const bundle = await bundlePhase(provenance.url, shipmentId, s.bundleRepeats);

      phase('proofs', 'Proofs over HTTP beside a hello world');
      const groups = provenanceGroups(await postmasterPid(run.pool), provenance.pid, hello.pid, INTEGRITY_DATABASE);
      const proofs = await proofsPhase(run.pool, { provenance: provenance.url, hello: hello.url }, groups, {
        requests: s.proofRequests,
        seconds: s.throughputSeconds,
        connections: s.throughputConnections,
      });
      if (proofs.treeSize < s.leaves) console.warn(`  note: the proofs were measured on ${fmt(proofs.treeSize)} leaves, fewer than ${fmt(s.leaves)}`);
      if (profileDir) console.log(`\nCPU profile of the capture service: ${profileDir} (written when it stops)`);

      writeResults(
        'integrity',
        report(startedAt, loadAtStart, run.infrastructure, {
          verify,
          signedPayloadBytes: signedFacts.payloadBytes,
          unsigned,
          signed,
          kafka,
          relay: relayMeasured,
          checkpoint,
          proofs,
          bundle,
          loadByPhase,
        }),
      );
    },
    INTEGRITY_DATABASE,
  );
}

exitWith(main);

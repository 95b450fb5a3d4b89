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
import { harvestWorldWithKeys } from './support/harvest-world';
import { producerIdOf } from './support/harvests';
import { loadAverages, writeResults } from './support/results';
import { fmt } from './support/stats';
import { recordBundleJourney } from './integrity/bundle-journey';
import { bundlePhase } from './integrity/bundle.phase';
import { signedHarvests, unsignedHarvests } from './integrity/capture-facts';
import { combined, postOfflineBatches } from './integrity/capture.phase';
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
 * Its own database and topics. `npm run bench:integrity`; the phases are in integrity/, one file each.
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
      const post = (name: string, apiKey: string, facts: Parameters<typeof postOfflineBatches>[3]) => postOfflineBatches(name, capture.url, apiKey, facts, s.batchSize, s.clients, run.groups);
      phase('fill', 'Filling the log');
      // The log is filled first, by the village group: it warms capture up for both kinds alike.
      const { rows } = await run.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events');
      const fill = Math.max(2_000, s.leaves - Number(rows[0].n) - s.unsignedEvents - s.signedEvents - 4_000 - 3 * s.bundleLotsPerProducer * 5 + 1_000);
      console.log(`  filling the log (and warming capture up): ${fmt(fill)} server-signed harvests by the village group, not timed`);
      await post('fill', groupKey, unsignedHarvests(run.run, 'F', fill));

      // Two producers of one village record their own harvests: one holds a device key (so each of
      // its facts must be signed, and is verified), the other none (the server signs its facts).
      phase('sign', 'Two producers: one with a device key, signing every fact as a device does; one without');
      const own = (k: number) => ({ producerId: producerIdOf(k, 'tamga'), villageId: 'village:tamga' });
      const signer = await partyWithKey({ partyId: own(0).producerId, kinds: ['producer'] }, { label: 'bench-device' });
      const plain = await partyWithKey({ partyId: own(1).producerId, kinds: ['producer'] }, { label: 'bench-plain' });
      const device = generateSigningKey();
      const registered = await fetch(`${capture.url}/parties/${encodeURIComponent(signer.partyId)}/signing-keys`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${signer.apiKey}` },
        body: JSON.stringify({ publicKey: device.publicKey, device: 'bench-tablet' }),
      });
      if (registered.status !== 201) throw new Error(`registering the device key answered ${registered.status}: ${await registered.text()}`);
      const deviceKey = { keyId: device.keyId, privateKey: device.privateKey };
      console.log(`  signing ${fmt(s.signedEvents + 2_000)} harvests as the device does (dry run, then sign; not timed)...`);
      const signedFacts = await signedHarvests(capture.url, signer.apiKey, deviceKey, run.run, 'S', s.signedEvents + 2_000, s.signers, own(0));
      console.log(`  signing payload: ${signedFacts.payloadBytes} bytes (the verify baseline's: ${verify.payloadBytes})`);
      const unsignedFacts = unsignedHarvests(run.run, 'U', s.unsignedEvents + 2_000, 0, own(1));

      phase('capture', `Capture: POST /lot-facts/batch, ${s.batchSize} harvests a request, ${s.clients} clients; server-signed and device-signed in alternate rounds`);
      await post('warm-up, server-signed', plain.apiKey, unsignedFacts.slice(0, 2_000));
      await post('warm-up, device-signed', signer.apiKey, signedFacts.facts.slice(0, 2_000));
      const unsignedRounds = [];
      const signedRounds = [];
      for (let r = 0; r < s.rounds; r++) {
        const slice = <T>(items: readonly T[], total: number) => items.slice(2_000 + Math.floor((r * total) / s.rounds), 2_000 + Math.floor(((r + 1) * total) / s.rounds));
        unsignedRounds.push(await post(`round ${r + 1}, server-signed`, plain.apiKey, slice(unsignedFacts, s.unsignedEvents)));
        signedRounds.push(await post(`round ${r + 1}, device-signed`, signer.apiKey, slice(signedFacts.facts, s.signedEvents)));
      }
      const unsigned = combined(unsignedRounds);
      const signed = combined(signedRounds);
      console.log(`  server-signed ${fmt(unsigned.eventsPerSecond)}/s (${unsigned.captureCpuUsPerEvent.toFixed(0)} µs CPU an event), device-signed ${fmt(signed.eventsPerSecond)}/s (${signed.captureCpuUsPerEvent.toFixed(0)} µs)`);

      console.log('\nThe bundle\'s journey through the capture API (server-signed parties; not timed)...');
      const shipmentId = await recordBundleJourney(capture.url, run.run, s.bundleLotsPerProducer);

      phase('relay', 'The relay over the backlog: leaves, subtree hashes, Kafka, checkpoints every 1,000 leaves');
      const { relay, measured: relayMeasured } = await relayCatchUp(run.pool, env, run.groups);
      run.onCleanUp(() => relay.stop());

      phase('checkpoint', 'One checkpoint at a time, each after the log grew by one fact');
      const producer = await partyWithKey({ partyId: producerIdOf(2, 'tamga'), kinds: ['producer'] }, { label: 'bench-checkpoints' });
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

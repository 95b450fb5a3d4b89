import type { Infrastructure } from '#tamga/local-infra';
import { Measured } from '../provenance/measure';
import { BaselineResult } from '../support/baselines';
import { loadAverages, machine, printTable, roundAll } from '../support/results';
import { fmt, round } from '../support/stats';
import { BundleMeasured } from './bundle.phase';
import { CaptureMeasured } from './capture.phase';
import { CheckpointMeasured } from './checkpoint.phase';
import { ProofsMeasured } from './proofs.phase';
import { RelayMeasured } from './relay.phase';
import { INTEGRITY_SETTINGS } from './settings';
import { VerifyBaseline } from './verify-baseline.phase';

/** The target: signed capture at least this fraction of the raw single-core verify rate. */
export const CAPTURE_TARGET_RATIO = 0.6;

/** Everything one run measured, for the results file and the table. */
export interface IntegrityFigures {
  readonly verify: VerifyBaseline;
  readonly signedPayloadBytes: number;
  readonly unsigned: CaptureMeasured & Rounds;
  readonly signed: CaptureMeasured & Rounds;
  readonly kafka: BaselineResult;
  readonly relay: RelayMeasured;
  readonly checkpoint: CheckpointMeasured;
  readonly proofs: ProofsMeasured;
  readonly bundle: BundleMeasured;
  readonly loadByPhase: Record<string, ReturnType<typeof loadAverages>>;
}

const ms = (v: number) => round(v, 2);
const load = (m: Measured) => ({ requests: m.requests, per_second: round(m.perSecond), p50_ms: ms(m.p50), p99_ms: ms(m.p99), max_ms: ms(m.max), server_cpu_us_per_request: round(m.serverCpuUsPerRequest), foreign_cores: round(m.foreignCores, 2) });
type Rounds = { readonly rounds?: readonly { seconds: number; eventsPerSecond: number; captureCpuUsPerEvent: number }[] };
const capture = (c: CaptureMeasured & Rounds) => ({
  events: c.events, requests: c.requests, batch_size: c.batchSize, clients: c.clients, seconds: round(c.seconds, 2), events_per_second: round(c.eventsPerSecond),
  capture_cpu_us_per_event: round(c.captureCpuUsPerEvent), cores: roundAll(c.cores),
  ...(c.rounds ? { rounds: c.rounds.map((r) => ({ seconds: round(r.seconds, 2), events_per_second: round(r.eventsPerSecond), capture_cpu_us_per_event: round(r.captureCpuUsPerEvent) })) } : {}),
});

/** Prints the table and answers the results file's content (bench/results/integrity.json). */
export function report(startedAt: Date, loadAtStart: ReturnType<typeof loadAverages>, infrastructure: Infrastructure, f: IntegrityFigures): Record<string, unknown> {
  const signedRatio = f.signed.eventsPerSecond / f.verify.perSecond;
  // The same comparison in CPU time: events per second of the capture process's CPU against
  // verifications per second of one core's CPU. Others' load on a shared machine moves it little.
  const signedCpuRatio = 1e6 / f.signed.captureCpuUsPerEvent / f.verify.perSecond;
  const relayRatio = f.relay.leavesPerSecond / f.kafka.perSecond;
  const inclusionVsHello = f.proofs.inclusion.throughput.perSecond / f.proofs.hello.throughput.perSecond;
  const consistencyVsHello = f.proofs.consistency.throughput.perSecond / f.proofs.hello.throughput.perSecond;
  console.log('\nResults');
  printTable(
    [
      ['measure', 'ours', 'baseline', 'ratio', 'target'],
      ['capture, device-signed (events/s)', fmt(f.signed.eventsPerSecond), `${fmt(f.verify.perSecond)} verify/s`, signedRatio.toFixed(3), `>= ${CAPTURE_TARGET_RATIO} ${signedRatio >= CAPTURE_TARGET_RATIO ? 'met' : 'NOT met'}`],
      ['capture, server-signed (events/s)', fmt(f.unsigned.eventsPerSecond), `${fmt(f.verify.perSecond)} verify/s`, (f.unsigned.eventsPerSecond / f.verify.perSecond).toFixed(3), ''],
      ['capture, device-signed (events per capture CPU s)', fmt(1e6 / f.signed.captureCpuUsPerEvent), `${fmt(f.verify.perSecond)} verify/CPU s`, signedCpuRatio.toFixed(3), `>= ${CAPTURE_TARGET_RATIO}`],
      ['capture CPU, signed / server (µs/event)', `${f.signed.captureCpuUsPerEvent.toFixed(0)} / ${f.unsigned.captureCpuUsPerEvent.toFixed(0)}`, `${(1e6 / f.verify.perSecond).toFixed(0)} µs a verify`, '', ''],
      ['relay with the log (leaves/s)', fmt(f.relay.leavesPerSecond), `${fmt(f.kafka.perSecond)} raw produce/s`, relayRatio.toFixed(3), ''],
      ['checkpoint p50 / p99 (ms)', `${f.checkpoint.p50Ms.toFixed(1)} / ${f.checkpoint.p99Ms.toFixed(1)}`, `state ${f.checkpoint.stateP50Ms.toFixed(2)}, root ${f.checkpoint.rootP50Ms.toFixed(2)}, sign ${f.checkpoint.signP50Ms.toFixed(3)}, append ${f.checkpoint.appendP50Ms.toFixed(2)}`, '', ''],
      [`inclusion proof p50 / p99 (ms, ${fmt(f.proofs.treeSize)} leaves)`, `${f.proofs.inclusion.latency.p50.toFixed(2)} / ${f.proofs.inclusion.latency.p99.toFixed(2)}`, `hello ${f.proofs.hello.latency.p50.toFixed(2)} / ${f.proofs.hello.latency.p99.toFixed(2)}`, '', ''],
      ['consistency proof p50 / p99 (ms)', `${f.proofs.consistency.latency.p50.toFixed(2)} / ${f.proofs.consistency.latency.p99.toFixed(2)}`, `hello ${f.proofs.hello.latency.p50.toFixed(2)} / ${f.proofs.hello.latency.p99.toFixed(2)}`, '', ''],
      ['inclusion proofs (requests/s)', fmt(f.proofs.inclusion.throughput.perSecond), `hello ${fmt(f.proofs.hello.throughput.perSecond)}`, inclusionVsHello.toFixed(3), ''],
      ['consistency proofs (requests/s)', fmt(f.proofs.consistency.throughput.perSecond), `hello ${fmt(f.proofs.hello.throughput.perSecond)}`, consistencyVsHello.toFixed(3), ''],
      [`bundle, ${f.bundle.events} events (bytes)`, fmt(f.bundle.bytes), '', '', ''],
      ['bundle made / tamga verify / verifyBundle (ms)', `${f.bundle.makeMs.toFixed(0)} / ${f.bundle.cliVerifyMs.toFixed(0)} / ${f.bundle.verifyMs.toFixed(0)}`, '', '', ''],
    ],
    [0, 2, 4],
  );
  return {
    benchmark: 'integrity',
    started_at: startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    machine: machine(),
    load_average_at_start: loadAtStart,
    load_average_by_phase: f.loadByPhase,
    infrastructure: infrastructure.description,
    settings: INTEGRITY_SETTINGS,
    // The headline figures, as issue 5 names them.
    verify_rate_single_core: round(f.verify.perSecond),
    verify_rate_wall_clock: round(f.verify.perWallSecond),
    verify_payload_bytes: f.verify.payloadBytes,
    capture_signing_payload_bytes: f.signedPayloadBytes,
    capture_signed_eps: round(f.signed.eventsPerSecond),
    capture_signed_ratio: round(signedRatio, 3),
    capture_signed_target_ratio: CAPTURE_TARGET_RATIO,
    capture_signed_target_met: signedRatio >= CAPTURE_TARGET_RATIO,
    capture_signed_cpu_ratio: round(signedCpuRatio, 3),
    capture_unsigned_eps: round(f.unsigned.eventsPerSecond),
    capture_signed_cpu_us_per_event: round(f.signed.captureCpuUsPerEvent),
    capture_unsigned_cpu_us_per_event: round(f.unsigned.captureCpuUsPerEvent),
    relay_leaves_per_second: round(f.relay.leavesPerSecond),
    kafka_produce_per_second: round(f.kafka.perSecond),
    relay_ratio_to_kafka: round(relayRatio, 3),
    relay_cpu_us_per_leaf: round(f.relay.relayCpuUsPerLeaf),
    checkpoint_ms: ms(f.checkpoint.p50Ms),
    checkpoint_p99_ms: ms(f.checkpoint.p99Ms),
    checkpoint_root_ms: ms(f.checkpoint.rootP50Ms),
    checkpoint_sign_ms: round(f.checkpoint.signP50Ms, 4),
    checkpoint_state_query_ms: ms(f.checkpoint.stateP50Ms),
    checkpoint_append_ms: ms(f.checkpoint.appendP50Ms),
    leaves: f.proofs.treeSize,
    inclusion_proof_p50_ms: ms(f.proofs.inclusion.latency.p50),
    inclusion_proof_p99_ms: ms(f.proofs.inclusion.latency.p99),
    inclusion_proof_rps: round(f.proofs.inclusion.throughput.perSecond),
    consistency_proof_p50_ms: ms(f.proofs.consistency.latency.p50),
    consistency_proof_p99_ms: ms(f.proofs.consistency.latency.p99),
    consistency_proof_rps: round(f.proofs.consistency.throughput.perSecond),
    hello_p50_ms: ms(f.proofs.hello.latency.p50),
    hello_p99_ms: ms(f.proofs.hello.latency.p99),
    hello_rps: round(f.proofs.hello.throughput.perSecond),
    bundle_events: f.bundle.events,
    bundle_master_data_records: f.bundle.masterData,
    bundle_bytes: f.bundle.bytes,
    bundle_make_ms: ms(f.bundle.makeMs),
    bundle_verify_ms: ms(f.bundle.cliVerifyMs),
    bundle_verify_in_process_ms: ms(f.bundle.verifyMs),
    // How each was measured.
    details: {
      verify: { ...f.verify, seconds: round(f.verify.seconds, 2), cpuSeconds: round(f.verify.cpuSeconds, 2), perSecond: round(f.verify.perSecond), perWallSecond: round(f.verify.perWallSecond) },
      capture_unsigned: capture(f.unsigned),
      capture_signed: capture(f.signed),
      kafka_produce: { rows: f.kafka.rows, batch_size: f.kafka.batchSize, seconds: round(f.kafka.seconds, 2) },
      relay: { backlog: f.relay.backlog, seconds: round(f.relay.seconds, 2), checkpoints: f.relay.checkpoints, cores: roundAll(f.relay.cores) },
      checkpoint: { ...f.checkpoint, p50Ms: ms(f.checkpoint.p50Ms), p99Ms: ms(f.checkpoint.p99Ms), maxMs: ms(f.checkpoint.maxMs) },
      proofs: {
        inclusion_one_at_a_time: load(f.proofs.inclusion.latency),
        inclusion_concurrent: load(f.proofs.inclusion.throughput),
        consistency_one_at_a_time: load(f.proofs.consistency.latency),
        consistency_concurrent: load(f.proofs.consistency.throughput),
        hello_one_at_a_time: load(f.proofs.hello.latency),
        hello_concurrent: load(f.proofs.hello.throughput),
      },
      bundle: f.bundle,
    },
  };
}

import { Infrastructure } from '#tamga/local-infra';
import { Baselines } from '../support/baselines.phase';
import { machine, printTable, roundAll } from '../support/results';
import { fmt, round } from '../support/stats';
import { LagResult } from './lag.phase';
import { SETTINGS, TARGETS } from './settings';
import { SinglesResult } from './singles.phase';
import { ThroughputResult } from './throughput.phase';

/** Prints the results table and returns what goes into bench/results/spine.json. */
export function report(
  startedAt: Date,
  loadAtStart: Record<string, number>,
  infrastructure: Infrastructure,
  baselines: Baselines,
  throughput: ThroughputResult,
  lag: LagResult,
  singles: SinglesResult,
): Record<string, unknown> {
  const { kafka: kafkaBaseline, copy: copyBaseline } = baselines;
  const lagAtRate = lag.achievedRate >= 0.95 * lag.rate;
  const eventsPerS = throughput.eventsPerSecond;
  const ratioToKafka = eventsPerS / kafkaBaseline.perSecond;
  const ratioToCopy = eventsPerS / copyBaseline.perSecond;
  const rows: [string, string, string, string, string][] = [
    ['figure', 'Tamga', 'baseline', 'ratio', 'target'],
    ['events_per_s (end to end)', fmt(eventsPerS), `${fmt(kafkaBaseline.perSecond)} kafka_produce_per_s`, ratioToKafka.toFixed(3), `>= ${fmt(TARGETS.events_per_s)}`],
    ['', '', `${fmt(copyBaseline.perSecond)} pg_copy_per_s`, ratioToCopy.toFixed(3), ''],
    ['lag_p50_ms', fmt(lag.lagMs.p50), '', '', ''],
    ['lag_p99_ms', fmt(lag.lagMs.p99), '', '', `<= ${fmt(TARGETS.lag_p99_ms)}`],
    ['single_harvests_per_s', fmt(singles.perSecond), '', '', ''],
  ];
  console.log('\nResults');
  printTable(rows, [0, 2]);
  const meets = { events_per_s: eventsPerS >= TARGETS.events_per_s, lag_p99_ms: lag.lagMs.p99 <= TARGETS.lag_p99_ms };
  console.log(
    `\nTargets: events_per_s ${meets.events_per_s ? 'met' : 'NOT met'}, lag_p99_ms ${meets.lag_p99_ms ? 'met' : 'NOT met'}. ` +
      `Lag resolution: a lag is overstated by at most one poll of the read model ` +
      `(p50 ${lag.pollPeriodMs.p50.toFixed(1)} ms, p99 ${lag.pollPeriodMs.p99.toFixed(1)} ms); the send pacing slipped by at most ` +
      `${lag.sendSlipMsP99.toFixed(1)} ms at p99.`,
  );
  if (!lagAtRate) {
    console.log(
      `WARNING: the lag phase reached only ${fmt(lag.achievedRate)} of the ${fmt(lag.rate)} events/s asked for: ` +
        'capture could not keep up, so its lag figures are not "at a steady 500/s" (try BENCH_LAG_BATCH).',
    );
  }

  return {
    events_per_s: round(eventsPerS),
    kafka_produce_per_s: round(kafkaBaseline.perSecond),
    pg_copy_per_s: round(copyBaseline.perSecond),
    ratio_to_kafka: round(ratioToKafka, 4),
    ratio_to_pg_copy: round(ratioToCopy, 4),
    lag_p50_ms: round(lag.lagMs.p50, 1),
    lag_p99_ms: round(lag.lagMs.p99, 1),
    targets: TARGETS,
    meets_targets: meets,
    date: startedAt.toISOString(),
    machine: machine(),
    // What the machine was already running when the run began (other engineers' tests, builds).
    load_average_at_start: loadAtStart,
    infrastructure: infrastructure.description,
    settings: SETTINGS,
    throughput: {
      events: throughput.events,
      seconds: round(throughput.seconds, 3),
      stage_seconds: {
        capture_all_201: round(throughput.stages.captureAcked, 3),
        relay_all_on_kafka: round(throughput.stages.relayPublished, 3),
        read_model_all_visible: round(throughput.stages.readModelVisible, 3),
      },
      request_ms: { p50: round(throughput.requestMs.p50, 1), p99: round(throughput.requestMs.p99, 1), max: round(throughput.requestMs.max, 1) },
      cores_used: roundAll(throughput.cores),
    },
    single_harvests: {
      per_s: round(singles.perSecond),
      clients: singles.clients,
      seconds: round(singles.seconds, 2),
      harvests: singles.harvests,
      request_ms: { p50: round(singles.requestMs.p50, 1), p99: round(singles.requestMs.p99, 1) },
    },
    baselines: {
      kafka_produce: { messages: kafkaBaseline.rows, batch_size: kafkaBaseline.batchSize, seconds: round(kafkaBaseline.seconds, 3) },
      pg_copy: { rows: copyBaseline.rows, batch_size: copyBaseline.batchSize, seconds: round(copyBaseline.seconds, 3) },
    },
    lag: {
      rate_per_s: lag.rate,
      achieved_rate_per_s: round(lag.achievedRate, 1),
      seconds: lag.seconds,
      harvests_per_request: lag.perRequest,
      events_measured: lag.measuredEvents,
      lag_ms: { p50: round(lag.lagMs.p50, 1), p90: round(lag.lagMs.p90, 1), p99: round(lag.lagMs.p99, 1), max: round(lag.lagMs.max, 1) },
      capture_201_ms: { p50: round(lag.captureMs.p50, 1), p99: round(lag.captureMs.p99, 1) },
      resolution_note: 'lag = start of the first read-model poll that saw the event minus the 201; overstated by at most one poll period',
      poll_period_ms: { p50: round(lag.pollPeriodMs.p50, 1), p99: round(lag.pollPeriodMs.p99, 1) },
      send_slip_ms_p99: round(lag.sendSlipMsP99, 1),
      reached_rate: lagAtRate,
      cores_used: roundAll(lag.cores),
    },
  };
}

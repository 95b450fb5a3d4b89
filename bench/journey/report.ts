import { Infrastructure } from '#tamga/local-infra';
import { Baselines } from '../support/baselines.phase';
import { machine, printTable, roundAll } from '../support/results';
import { fmt, percentile, round } from '../support/stats';
import { HarvestsOnlyResult } from './harvests-only.phase';
import { JourneyResult } from './journey.phase';
import { REQUESTS } from './round';
import { RuleCost, ruleCost } from './rule-cost';
import { JOURNEY_SETTINGS } from './settings';

/** Prints the results table and returns what goes into bench/results/journey.json. */
export function report(
  startedAt: Date,
  loadAtStart: Record<string, number>,
  infrastructure: Infrastructure,
  baselines: Baselines,
  journey: JourneyResult,
  harvestsOnly: HarvestsOnlyResult,
): Record<string, unknown> {
  const { plan } = journey;
  const eventsPerS = plan.events / journey.seconds;
  const captureEventsPerS = plan.events / journey.stages.captureAcked;
  const rules = ruleCost(journey.decisions, journey.stages.captureAcked, journey.captureNodeCpuSeconds);
  const multi = (plan.factsByKind.merge ?? 0) + (plan.factsByKind.transformation ?? 0);
  const inputs = plan.multiInputs;
  const spine = harvestsOnly.throughput;
  const spineRules = ruleCost(harvestsOnly.decisions, spine.stages.captureAcked, Number.NaN);
  const [k, c] = [baselines.kafka.perSecond, baselines.copy.perSecond];
  const rows: string[][] = [
    ['figure', 'Tamga', 'baseline', 'ratio'],
    ['events_per_s (end to end)', fmt(eventsPerS), `${fmt(k)} kafka_produce_per_s`, (eventsPerS / k).toFixed(3)],
    ['', '', `${fmt(c)} pg_copy_per_s`, (eventsPerS / c).toFixed(3)],
    ['capture_events_per_s', fmt(captureEventsPerS), `${fmt(k)} kafka_produce_per_s`, (captureEventsPerS / k).toFixed(3)],
    ['', '', `${fmt(c)} pg_copy_per_s`, (captureEventsPerS / c).toFixed(3)],
    ['facts_per_s (end to end)', fmt(plan.facts / journey.seconds), '', ''],
    ['rule_check_us_per_event p50', rules ? rules.usPerEvent.p50.toFixed(1) : 'n/a', '', ''],
    ['rule_check_us_per_event mean', rules ? rules.usPerEvent.mean.toFixed(1) : 'n/a', '', ''],
  ];
  rows.push(
    ['harvests only: events_per_s', fmt(spine.eventsPerSecond), `${fmt(k)} kafka_produce_per_s`, (spine.eventsPerSecond / k).toFixed(3)],
    ['harvests only: rule_check_us_per_event mean', spineRules ? spineRules.usPerEvent.mean.toFixed(1) : 'n/a', '', ''],
  );
  console.log('\nResults');
  printTable(rows, [0, 2]);
  console.log(
    `\nWorkload: ${fmt(plan.facts)} facts, ${fmt(multi)} of them merges and transformations (${((100 * multi) / plan.facts).toFixed(1)} %) ` +
      `with ${Math.min(...inputs)} to ${Math.max(...inputs)} inputs (mean ${(inputs.reduce((s, v) => s + v, 0) / inputs.length).toFixed(2)}).`,
  );
  if (rules) {
    console.log(
      `Rule checks: ${fmt(rules.decisions)} decisions, ${rules.seconds.toFixed(2)} s in decide(): ${rules.coresWhileCapturing.toFixed(3)} of a core while capturing, ` +
        `${(100 * rules.shareOfProcessCpu).toFixed(1)} % of this process's CPU time then (services, relay, projector and load generator share it).`,
    );
    if (journey.reads) console.log(`Rule inputs: capture read back ${(journey.reads.rows / plan.events).toFixed(2)} stored events per event recorded (lot histories and master data).`);
  } else console.log('Rule checks: not measured (the services run in processes of their own: BENCH_SERVICES=processes).');
  console.log(`Against the spine's harvests-only throughput in this run: ${(eventsPerS / spine.eventsPerSecond).toFixed(2)} of its events/s.`);

  return {
    events_per_s: round(eventsPerS),
    capture_events_per_s: round(captureEventsPerS),
    facts_per_s: round(plan.facts / journey.seconds),
    kafka_produce_per_s: round(k),
    pg_copy_per_s: round(c),
    ratio_to_kafka: round(eventsPerS / k, 4),
    ratio_to_pg_copy: round(eventsPerS / c, 4),
    capture_ratio_to_kafka: round(captureEventsPerS / k, 4),
    capture_ratio_to_pg_copy: round(captureEventsPerS / c, 4),
    rule_check_us_per_event: rules ? { p50: round(rules.usPerEvent.p50, 1), p90: round(rules.usPerEvent.p90, 1), mean: round(rules.usPerEvent.mean, 1) } : null,
    rule_checks: rules ? ruleDetails(rules) : { measured: false, why: 'BENCH_SERVICES=processes: the decisions run in another process' },
    state_reads: journey.reads
      ? {
          note: 'stored events capture read back (lots touched, master data named) to decide; latency includes waiting, it is not CPU',
          stored_events_read_per_event_recorded: round(journey.reads.rows / plan.events, 2),
          read_calls: journey.reads.calls,
          read_latency_ms: { p50: round(percentile(journey.reads.ms, 50), 1), p99: round(percentile(journey.reads.ms, 99), 1) },
        }
      : null,
    transformation_share: round(multi / plan.facts, 4),
    transformation_share_note: 'merges and transformations (each with 3 to 5 input lots) over all facts recorded',
    inputs_per_transformation: { min: Math.min(...inputs), mean: round(inputs.reduce((s, v) => s + v, 0) / inputs.length, 2), max: Math.max(...inputs) },
    workload: { chains: plan.chains, facts: plan.facts, events: plan.events, facts_by_kind: plan.factsByKind },
    harvests_only_same_run: {
      note: "the spine's throughput phase (harvests only) on the same services after the journey: the comparison with the spine",
      events: spine.events,
      events_per_s: round(spine.eventsPerSecond),
      ratio_to_kafka: round(spine.eventsPerSecond / k, 4),
      ratio_to_pg_copy: round(spine.eventsPerSecond / c, 4),
      stage_seconds: { capture_all_201: round(spine.stages.captureAcked, 3), read_model_all_visible: round(spine.stages.readModelVisible, 3) },
      rule_check_us_per_event: spineRules ? { p50: round(spineRules.usPerEvent.p50, 1), mean: round(spineRules.usPerEvent.mean, 1) } : null,
      cores_used: roundAll(spine.cores),
    },
    journey_over_harvests_only: round(eventsPerS / spine.eventsPerSecond, 3),
    date: startedAt.toISOString(),
    machine: machine(),
    load_average_at_start: loadAtStart,
    infrastructure: infrastructure.description,
    settings: JOURNEY_SETTINGS,
    stage_seconds: {
      capture_all_201: round(journey.stages.captureAcked, 3),
      relay_all_on_kafka: round(journey.stages.relayPublished, 3),
      read_model_all_visible: round(journey.stages.readModelVisible, 3),
    },
    request_ms: Object.fromEntries(REQUESTS.map((r) => [r, { p50: round(percentile(journey.requestMs[r], 50), 1), p99: round(percentile(journey.requestMs[r], 99), 1) }])),
    cores_used: roundAll(journey.cores),
    cores_used_while_capturing: roundAll(journey.captureCores),
    baselines: {
      kafka_produce: { messages: baselines.kafka.rows, batch_size: baselines.kafka.batchSize, seconds: round(baselines.kafka.seconds, 3) },
      pg_copy: { rows: baselines.copy.rows, batch_size: baselines.copy.batchSize, seconds: round(baselines.copy.seconds, 3) },
    },
  };
}

function ruleDetails(rules: RuleCost): Record<string, unknown> {
  return {
    measured: true,
    method: 'wall time of every use case decide() call in the capture service (same process), divided among the events it returned',
    decisions: rules.decisions,
    events: rules.events,
    seconds_deciding: round(rules.seconds, 3),
    cores_while_capturing: round(rules.coresWhileCapturing, 4),
    share_of_process_cpu_while_capturing: round(rules.shareOfProcessCpu, 4),
    by_use_case: rules.byUseCase,
  };
}

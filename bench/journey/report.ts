import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Infrastructure, repoRoot } from '#tamga/local-infra';
import { Baselines } from '../support/baselines.phase';
import { machine, printTable, roundAll } from '../support/results';
import { fmt, percentile, round } from '../support/stats';
import { JourneyResult } from './journey.phase';
import { REQUESTS } from './round';
import { RuleCost, ruleCost } from './rule-cost';
import { JOURNEY_SETTINGS } from './settings';

/** Prints the results table and returns what goes into bench/results/journey.json. */
export function report(startedAt: Date, loadAtStart: Record<string, number>, infrastructure: Infrastructure, baselines: Baselines, journey: JourneyResult): Record<string, unknown> {
  const { plan } = journey;
  const eventsPerS = plan.events / journey.seconds;
  const captureEventsPerS = plan.events / journey.stages.captureAcked;
  const rules = ruleCost(journey.decisions, journey.stages.captureAcked, journey.captureNodeCpuSeconds);
  const multi = (plan.factsByKind.merge ?? 0) + (plan.factsByKind.transformation ?? 0);
  const inputs = plan.multiInputs;
  const spine = lastSpine();
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
  if (spine) rows.push(['spine events_per_s (spine.json)', fmt(spine.events_per_s), `${fmt(spine.kafka_produce_per_s)} kafka_produce_per_s`, spine.ratio_to_kafka.toFixed(3)]);
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
  if (spine) {
    console.log(`Against the spine (harvests only, its last spine.json, ${spine.date}): ratio to Kafka ${(eventsPerS / k / spine.ratio_to_kafka).toFixed(2)} of the spine's.`);
  }

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
    spine_comparison: spine
      ? { spine_date: spine.date, spine_events_per_s: spine.events_per_s, spine_ratio_to_kafka: spine.ratio_to_kafka, journey_ratio_to_kafka_over_spine: round(eventsPerS / k / spine.ratio_to_kafka, 3) }
      : null,
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

/** The spine's last results on this checkout (bench/results/spine.json), to compare with. */
function lastSpine(): { date: string; events_per_s: number; kafka_produce_per_s: number; ratio_to_kafka: number } | null {
  const file = join(repoRoot(), 'bench', 'results', 'spine.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

import { Infrastructure } from '#tamga/local-infra';
import { loadAverages, machine, printTable } from '../support/results';
import { fmt, round } from '../support/stats';
import { Dataset } from './dataset.phase';
import { Measured } from './measure';
import { UncachedPages } from './page.phase';
import { ReadFigure } from './reads.phase';
import { Samples } from './samples';
import { PROVENANCE_SETTINGS, TARGETS } from './settings';
import { Throughput } from './throughput.phase';

/** Everything a run measured. */
export interface ProvenanceFigures {
  readonly dataset: Dataset;
  readonly samples: Samples;
  readonly uncached: UncachedPages;
  readonly throughput: Throughput;
  readonly traceBack: ReadFigure;
  readonly traceForward: ReadFigure;
  readonly dossier: ReadFigure;
}

const p99 = (f: ReadFigure) => (f.measured ? round(f.result.p99, 1) : null);
const ms = (v: number | null) => (v === null ? 'not measured' : `${v.toFixed(1)} ms`);
const latency = (m: Measured) => ({ p50: round(m.p50, 1), p99: round(m.p99, 1), requests: m.requests, per_s: round(m.perSecond) });

/** Prints the table (figure, Tamga, baseline, ratio, target) and returns bench/results/provenance.json. */
export function report(startedAt: Date, loadAtStart: Record<string, number>, infrastructure: Infrastructure, f: ProvenanceFigures): Record<string, unknown> {
  const t = f.throughput;
  // "Cached" is whatever the server's cache serves fastest for a repeat request: the body from memory, or a 304.
  const best = t.pageNotModified.perSecond > t.pageBody.perSecond ? { how: '304 to If-None-Match, from the in-memory page cache', m: t.pageNotModified } : { how: 'the body from the in-memory page cache (gzip)', m: t.pageBody };
  const ratio = best.m.perSecond / t.hello.perSecond;
  const [back, forward, dossier] = [p99(f.traceBack), p99(f.traceForward), p99(f.dossier)];
  const met = (value: number | null, ok: (v: number) => boolean, target: string, extra: Record<string, unknown> = {}) =>
    value === null ? { target, met: null, why: 'not measured', ...extra } : { target, value, met: ok(value), ...extra };
  console.log('\nResults (requests/s: the median of the rounds)');
  printTable(
    [
      ['figure', 'Tamga', 'baseline', 'ratio', 'target'],
      ['consumer page p50, uncached', ms(f.uncached.all.p50), '', '', ''],
      ['consumer page p99, uncached', ms(f.uncached.all.p99), '', '', `<= ${TARGETS.page_p99_ms} ms`],
      ['  one at a time: p50 / p99', `${f.uncached.single.p50.toFixed(1)} / ${f.uncached.single.p99.toFixed(1)} ms`, '', '', ''],
      ['consumer page requests/s, cached (body)', fmt(t.pageBody.perSecond), `${fmt(t.hello.perSecond)} hello world`, (t.pageBody.perSecond / t.hello.perSecond).toFixed(2), ''],
      ['consumer page requests/s, cached (304)', fmt(t.pageNotModified.perSecond), `${fmt(t.hello.perSecond)} hello world`, (t.pageNotModified.perSecond / t.hello.perSecond).toFixed(2), ''],
      ['page_cached_rps (the faster)', fmt(best.m.perSecond), `${fmt(t.hello.perSecond)} hello world`, ratio.toFixed(2), `>= ${TARGETS.page_cached_over_hello}`],
      ['  server CPU a request: page / hello', `${best.m.serverCpuUsPerRequest.toFixed(0)} µs`, `${t.hello.serverCpuUsPerRequest.toFixed(0)} µs`, (t.hello.serverCpuUsPerRequest / best.m.serverCpuUsPerRequest).toFixed(2), ''],
      ['trace back p99 (depth 8)', ms(back), '', '', `<= ${TARGETS.trace_back_p99_ms} ms`],
      ['trace forward p99 (depth 8)', ms(forward), '', '', `<= ${TARGETS.trace_forward_p99_ms} ms`],
      ['export dossier p99', ms(dossier), '', '', ''],
    ],
    [0, 2],
  );
  for (const [name, figure] of [['trace back', f.traceBack], ['trace forward', f.traceForward], ['export dossier', f.dossier]] as const) {
    if (!figure.measured) console.log(`${name}: not measured (${figure.why})`);
  }
  const reads = (figure: ReadFigure) => (figure.measured ? latency(figure.result) : null);
  return {
    events: f.dataset.events,
    page_p50_ms: round(f.uncached.all.p50, 1),
    page_p99_ms: round(f.uncached.all.p99, 1),
    page_cached_rps: round(best.m.perSecond),
    hello_rps: round(t.hello.perSecond),
    trace_back_p99_ms: back,
    trace_forward_p99_ms: forward,
    dossier_p99_ms: dossier,
    machine: { ...machine(), infrastructure: infrastructure.description },
    settings: {
      ...PROVENANCE_SETTINGS,
      dataset: {
        seed: PROVENANCE_SETTINGS.seed,
        lot_prefix: f.dataset.lotPrefix,
        generated_in_this_run: f.dataset.generated !== null,
        generation: f.dataset.generated && {
          facts: f.dataset.generated.facts,
          cycles: f.dataset.generated.cycles,
          events_per_s_decided_and_written: round(f.dataset.generated.events / f.dataset.generated.seconds),
          events_per_s_to_projected: round(f.dataset.generated.events / f.dataset.generated.secondsToProjected),
          seconds_to_projected: round(f.dataset.generated.secondsToProjected, 1),
        },
        trace_sample_generations: { back: f.samples.depth.back, forward: f.samples.depth.forward },
      },
      page_cached_rps_is: best.how,
      latencies_ms: {
        page_uncached: latency(f.uncached.all),
        page_uncached_one_at_a_time: latency(f.uncached.single),
        page_uncached_p99_by_kind: f.uncached.p99ByKind,
        trace_back: reads(f.traceBack),
        trace_forward: reads(f.traceForward),
        dossier: reads(f.dossier),
      },
    },
    date: startedAt.toISOString(),
    load_average: {
      at_start: loadAtStart,
      at_end: loadAverages(),
      note: 'cores others used on the machine during each phase (machine busy minus the bench client, the two servers and the bench database backends)',
      others_cores: {
        page_uncached: round(f.uncached.all.foreignCores, 2),
        hello_rounds: t.rounds.map((r) => round(r.hello.foreignCores, 2)),
        page_cached_rounds: t.rounds.map((r) => round(r.pageBody.foreignCores, 2)),
        page_304_rounds: t.rounds.map((r) => round(r.pageNotModified.foreignCores, 2)),
        trace_back: f.traceBack.measured ? round(f.traceBack.result.foreignCores, 2) : null,
        trace_forward: f.traceForward.measured ? round(f.traceForward.result.foreignCores, 2) : null,
        dossier: f.dossier.measured ? round(f.dossier.result.foreignCores, 2) : null,
      },
    },
    meets_targets: {
      page_p99_ms: met(round(f.uncached.all.p99, 1), (v) => v <= TARGETS.page_p99_ms, `<= ${TARGETS.page_p99_ms} ms uncached`),
      page_cached_rps: {
        target: `>= ${TARGETS.page_cached_over_hello} x hello_rps`,
        ratio: round(ratio, 3),
        met: ratio >= TARGETS.page_cached_over_hello,
        body_from_memory_rps: round(t.pageBody.perSecond),
        not_modified_rps: round(t.pageNotModified.perSecond),
        rounds_rps: t.rounds.map((r) => ({ hello: round(r.hello.perSecond), body: round(r.pageBody.perSecond), not_modified: round(r.pageNotModified.perSecond) })),
        server_cpu_us_per_request: { hello: round(t.hello.serverCpuUsPerRequest), page_body: round(t.pageBody.serverCpuUsPerRequest), page_304: round(t.pageNotModified.serverCpuUsPerRequest) },
      },
      trace_back_p99_ms: met(back, (v) => v <= TARGETS.trace_back_p99_ms, `<= ${TARGETS.trace_back_p99_ms} ms`),
      trace_forward_p99_ms: met(forward, (v) => v <= TARGETS.trace_forward_p99_ms, `<= ${TARGETS.trace_forward_p99_ms} ms`),
    },
  };
}

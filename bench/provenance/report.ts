import { Infrastructure } from '#tamga/local-infra';
import { loadAverages, machine, printTable } from '../support/results';
import { fmt, round } from '../support/stats';
import { Dataset } from './dataset.phase';
import { Measured } from './measure';
import { CachedPages, UncachedPages } from './page.phase';
import { ReadFigure } from './reads.phase';
import { Samples } from './samples';
import { PROVENANCE_SETTINGS, TARGETS } from './settings';

/** Everything a run measured. */
export interface ProvenanceFigures {
  readonly dataset: Dataset;
  readonly samples: Samples;
  readonly hello: Measured;
  readonly uncached: UncachedPages;
  readonly cached: CachedPages;
  readonly traceBack: ReadFigure;
  readonly traceForward: ReadFigure;
  readonly dossier: ReadFigure;
}

const p99 = (f: ReadFigure) => (f.measured ? round(f.result.p99, 1) : null);
const ms = (v: number | null) => (v === null ? 'not measured' : `${v.toFixed(1)} ms`);

/** Prints the table (figure, Tamga, baseline, ratio, target) and returns bench/results/provenance.json. */
export function report(startedAt: Date, loadAtStart: Record<string, number>, infrastructure: Infrastructure, f: ProvenanceFigures): Record<string, unknown> {
  // "Cached" is whatever the server's cache serves fastest for a repeat request: the body from memory, or a 304.
  const cachedBest = f.cached.notModified.perSecond >= f.cached.body.perSecond ? { how: '304 to If-None-Match', m: f.cached.notModified } : { how: 'body from the in-memory page cache', m: f.cached.body };
  const ratio = cachedBest.m.perSecond / f.hello.perSecond;
  const [back, forward, dossier] = [p99(f.traceBack), p99(f.traceForward), p99(f.dossier)];
  const met = (value: number | null, ok: (v: number) => boolean, target: string) =>
    value === null ? { target, met: null, why: 'not measured' } : { target, value, met: ok(value) };
  console.log('\nResults');
  printTable(
    [
      ['figure', 'Tamga', 'baseline', 'ratio', 'target'],
      ['consumer page p50, uncached', ms(f.uncached.all.p50), '', '', ''],
      ['consumer page p99, uncached', ms(f.uncached.all.p99), '', '', `<= ${TARGETS.page_p99_ms} ms`],
      ['consumer page requests/s, cached (body)', fmt(f.cached.body.perSecond), `${fmt(f.hello.perSecond)} hello world`, (f.cached.body.perSecond / f.hello.perSecond).toFixed(2), ''],
      ['consumer page requests/s, cached (304)', fmt(f.cached.notModified.perSecond), `${fmt(f.hello.perSecond)} hello world`, (f.cached.notModified.perSecond / f.hello.perSecond).toFixed(2), `>= ${TARGETS.page_cached_over_hello}`],
      ['trace back p99 (depth 8)', ms(back), '', '', `<= ${TARGETS.trace_back_p99_ms} ms`],
      ['trace forward p99 (depth 8)', ms(forward), '', '', `<= ${TARGETS.trace_forward_p99_ms} ms`],
      ['export dossier p99', ms(dossier), '', '', ''],
    ],
    [0, 2],
  );
  for (const [name, figure] of [['trace back', f.traceBack], ['trace forward', f.traceForward], ['export dossier', f.dossier]] as const) {
    if (!figure.measured) console.log(`${name}: not measured (${figure.why})`);
  }
  const s = PROVENANCE_SETTINGS;
  return {
    events: f.dataset.events,
    page_p50_ms: round(f.uncached.all.p50, 1),
    page_p99_ms: round(f.uncached.all.p99, 1),
    page_cached_rps: round(cachedBest.m.perSecond),
    hello_rps: round(f.hello.perSecond),
    trace_back_p99_ms: back,
    trace_forward_p99_ms: forward,
    dossier_p99_ms: dossier,
    machine: { ...machine(), infrastructure: infrastructure.description },
    settings: {
      ...s,
      dataset: {
        seed: s.seed,
        lot_prefix: f.dataset.lotPrefix,
        generated_in_this_run: f.dataset.generated !== null,
        generation: f.dataset.generated && {
          events_per_s_decided_and_written: round(f.dataset.generated.events / f.dataset.generated.seconds),
          events_per_s_to_projected: round(f.dataset.generated.events / f.dataset.generated.secondsToProjected),
          seconds_to_projected: round(f.dataset.generated.secondsToProjected, 1),
        },
        trace_sample_generations: { back: f.samples.depth.back, forward: f.samples.depth.forward },
      },
      page_cached_rps_is: cachedBest.how,
      requests_per_phase: {
        page_uncached: f.uncached.all.requests,
        trace_back: f.traceBack.measured ? f.traceBack.result.requests : 0,
        trace_forward: f.traceForward.measured ? f.traceForward.result.requests : 0,
        dossier: f.dossier.measured ? f.dossier.result.requests : 0,
      },
    },
    date: startedAt.toISOString(),
    load_average: { at_start: loadAtStart, at_end: loadAverages() },
    meets_targets: {
      page_p99_ms: met(round(f.uncached.all.p99, 1), (v) => v <= TARGETS.page_p99_ms, `<= ${TARGETS.page_p99_ms} ms uncached`),
      page_cached_rps: {
        target: `>= ${TARGETS.page_cached_over_hello} x hello_rps`,
        ratio: round(ratio, 3),
        met: ratio >= TARGETS.page_cached_over_hello,
        body_from_memory_rps: round(f.cached.body.perSecond),
        not_modified_rps: round(f.cached.notModified.perSecond),
      },
      trace_back_p99_ms: met(back, (v) => v <= TARGETS.trace_back_p99_ms, `<= ${TARGETS.trace_back_p99_ms} ms`),
      trace_forward_p99_ms: met(forward, (v) => v <= TARGETS.trace_forward_p99_ms, `<= ${TARGETS.trace_forward_p99_ms} ms`),
    },
  };
}

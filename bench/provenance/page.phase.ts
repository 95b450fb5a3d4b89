import { percentile, round } from '../support/stats';
import { LoadPlan, LoadRequest, runLoad } from './http-load';
import { Measured, eachOnce, measure, roundRobin } from './measure';
import { ProvenanceBench, browserHeaders, languageOf } from './provenance-bench';
import { PageLot } from './samples';
import { PROVENANCE_SETTINGS } from './settings';

/** The consumer page of a lot, as a phone opens its QR code. */
function pageRequest(lot: PageLot, i: number, extra: Record<string, string> = {}): LoadRequest {
  return { path: `/01/${lot.gtin}/10/${lot.lotId}`, headers: { ...browserHeaders(languageOf(i)), ...extra } };
}

/** Uncached pages: what it takes to compute one. */
export interface UncachedPages {
  readonly all: Measured;
  /** Other lots, one request at a time: the service time. */
  readonly single: Measured;
  /** p99 by kind of goods (jam lots are the deepest). */
  readonly p99ByKind: Readonly<Record<string, number>>;
}

/**
 * Pages the server must compute: distinct packed lots (jam, honey, soap, rugs as the dataset has
 * them), each opened once, so neither the in-memory page cache (keyed by code and language, 2 s)
 * nor an ETag can answer; a few phones at once (BENCH_LATENCY_CONNECTIONS). Before it, as many
 * other lots, opened once each, warm the server up without warming these pages.
 */
export async function uncachedPagePhase(b: ProvenanceBench): Promise<UncachedPages> {
  const s = PROVENANCE_SETTINGS;
  const { pageLots, warmupLots } = b.samples;
  await runLoad({ url: b.provenanceUrl, connections: s.latencyConnections, next: eachOnce(warmupLots, (lot, i) => pageRequest(lot, i)) });
  const kindOf = new Map(pageLots.map((lot) => [`/01/${lot.gtin}/10/${lot.lotId}`, lot.kind]));
  const byKind = new Map<string, number[]>();
  const all = await measure(`consumer page, uncached (${pageLots.length} distinct lots, ${s.latencyConnections} connections)`, b.groups, {
    url: b.provenanceUrl,
    connections: s.latencyConnections,
    next: eachOnce(pageLots, (lot, i) => pageRequest(lot, i)),
    onAnswer: (_, request, __, ms) => {
      const kind = kindOf.get(request.path) ?? 'other';
      (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(ms);
    },
  });
  const p99ByKind = Object.fromEntries([...byKind].map(([kind, ms]) => [kind, round(percentile(ms, 99), 1)]));
  console.log(`    p99 by kind of goods: ${Object.entries(p99ByKind).map(([k, v]) => `${k} ${v} ms (${byKind.get(k)!.length})`).join(', ')}`);
  const single = await measure(`consumer page, uncached, one at a time (${b.samples.singleLots.length} other lots, 1 connection)`, b.groups, {
    url: b.provenanceUrl,
    connections: 1,
    next: eachOnce(b.samples.singleLots, (lot, i) => pageRequest(lot, i)),
  });
  return { all, single, p99ByKind };
}

/**
 * The two ways a cached page is answered, as loads to run: repeat requests for a few hot pages
 * (BENCH_CACHED_PAGES lots, each in one language) with the body served from the provenance
 * service's in-memory page cache (gzip, as a phone asks), and the same with the page's ETag in
 * If-None-Match (a phone reopening the page), answered 304 from the same cache. The cache keeps a
 * page 2 s, so each hot page is computed again every 2 s during a run, as it would be in service.
 * Each page is asked for once first, for its ETag.
 */
export async function cachedPagePlans(b: ProvenanceBench): Promise<{ readonly body: LoadPlan; readonly notModified: LoadPlan }> {
  const s = PROVENANCE_SETTINGS;
  const lots = b.samples.cachedLots;
  const etags = new Map<string, string>();
  await runLoad({
    url: b.provenanceUrl,
    connections: 1,
    next: eachOnce(lots, (lot, i) => pageRequest(lot, i)),
    onAnswer: (_, request, answer) => void (answer.headers.etag && etags.set(request.path, answer.headers.etag)),
  });
  if (etags.size !== lots.length) throw new Error(`Only ${etags.size} of ${lots.length} hot pages came with an ETag`);
  return {
    body: { url: b.provenanceUrl, connections: s.connections, next: roundRobin(lots, (lot, i) => pageRequest(lot, i)) },
    notModified: {
      url: b.provenanceUrl,
      connections: s.connections,
      next: roundRobin(lots, (lot, i) => {
        const request = pageRequest(lot, i);
        return { ...request, headers: { ...request.headers, 'if-none-match': etags.get(request.path)! } };
      }),
    },
  };
}

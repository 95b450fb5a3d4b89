import { LoadPlan, runLoad } from './http-load';
import { Measured, measure } from './measure';
import { cachedPagePlans } from './page.phase';
import { ProvenanceBench, browserHeaders } from './provenance-bench';
import { PROVENANCE_SETTINGS } from './settings';

/** Requests/s of the hello world and of the cached page, each round's, and the median round of each. */
export interface Throughput {
  readonly hello: Measured;
  readonly pageBody: Measured;
  readonly pageNotModified: Measured;
  readonly rounds: readonly { readonly hello: Measured; readonly pageBody: Measured; readonly pageNotModified: Measured }[];
}

/**
 * The hello world (a bare NestJS app on Fastify in its own process, like the provenance service)
 * and the cached page, measured alternately in BENCH_HTTP_ROUNDS rounds by the same client with
 * the same connections and browser headers, each run after its own warm-up: on a machine others
 * use too, whatever they do lands on both alike, and the median round of each is reported.
 */
export async function throughputPhase(b: ProvenanceBench): Promise<Throughput> {
  const s = PROVENANCE_SETTINGS;
  const hello: LoadPlan = { url: b.helloUrl, connections: s.connections, next: () => ({ path: '/hello', headers: browserHeaders('ky') }) };
  const page = await cachedPagePlans(b);
  const timed = async (name: string, plan: LoadPlan, server: 'provenance' | 'hello') => {
    await runLoad({ ...plan, durationMs: s.warmupSeconds * 1000 });
    return measure(name, b.groups, { ...plan, durationMs: s.seconds * 1000 }, server);
  };
  // The JIT of both servers (and of the client's paths) warmed up before the first round, not by it.
  for (const plan of [hello, page.body, page.notModified]) await runLoad({ ...plan, durationMs: 2 * s.warmupSeconds * 1000 });
  const rounds: Throughput['rounds'][number][] = [];
  for (let r = 1; r <= s.rounds; r++) {
    console.log(`  round ${r} of ${s.rounds}`);
    rounds.push({
      hello: await timed(`hello world, ${s.connections} connections`, hello, 'hello'),
      pageBody: await timed(`consumer page, cached, body from memory (${b.samples.cachedLots.length} hot pages, ${s.connections} connections)`, page.body, 'provenance'),
      pageNotModified: await timed(`consumer page, cached, 304 to If-None-Match (${b.samples.cachedLots.length} hot pages, ${s.connections} connections)`, page.notModified, 'provenance'),
    });
  }
  const median = (pick: (round: (typeof rounds)[number]) => Measured) => [...rounds.map(pick)].sort((x, y) => x.perSecond - y.perSecond)[Math.floor((rounds.length - 1) / 2)];
  return { hello: median((r) => r.hello), pageBody: median((r) => r.pageBody), pageNotModified: median((r) => r.pageNotModified), rounds };
}

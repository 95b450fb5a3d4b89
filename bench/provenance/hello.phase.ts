import { runLoad } from './http-load';
import { Measured, measure } from './measure';
import { ProvenanceBench, browserHeaders } from './provenance-bench';
import { PROVENANCE_SETTINGS } from './settings';

/**
 * The baseline: a bare NestJS-on-Fastify hello world, in its own process like the provenance
 * service, hit by the same client with the same connections and the same browser headers as the
 * cached page, after the same warm-up.
 */
export async function helloPhase(b: ProvenanceBench): Promise<Measured> {
  const s = PROVENANCE_SETTINGS;
  const request = { path: '/hello', headers: browserHeaders('ky') };
  const plan = { url: b.helloUrl, connections: s.connections, next: () => request };
  await runLoad({ ...plan, durationMs: s.warmupSeconds * 1000 });
  return measure(`hello world, ${s.connections} connections`, b.groups, { ...plan, durationMs: s.seconds * 1000 });
}

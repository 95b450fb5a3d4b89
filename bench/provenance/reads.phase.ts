import { HttpConnection } from './http-connection';
import { LoadRequest, runLoad } from './http-load';
import { Measured, eachOnce, measure } from './measure';
import { ProvenanceBench } from './provenance-bench';
import { PROVENANCE_SETTINGS } from './settings';

/** A figure measured, or why not (an endpoint that does not answer yet is reported, not faked). */
export type ReadFigure = { readonly measured: true; readonly result: Measured } | { readonly measured: false; readonly why: string };

/** The inspector's and the exporter's reads, each a list of requests for distinct lots or shipments. */
interface ReadPhase {
  readonly name: string;
  readonly path: (id: string) => string;
  readonly ids: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Measures one read: asks for the first id once to see that the endpoint answers 200 (else the
 * figure is "not measured", with the answer it gave), warms up on a tenth of the ids, then asks for
 * each of the others once, from a few clients at once (BENCH_LATENCY_CONNECTIONS). Nothing repeats,
 * so no cache answers for the server.
 */
async function measureRead(b: ProvenanceBench, phase: ReadPhase): Promise<ReadFigure> {
  const { hostname, port } = new URL(b.provenanceUrl);
  const probe = new HttpConnection(hostname, Number(port));
  const request = (id: string): LoadRequest => ({ path: phase.path(id), headers: phase.headers });
  try {
    const first = phase.ids[0];
    if (first === undefined) return { measured: false, why: 'the dataset has nothing to ask for' };
    const answer = await probe.get(phase.path(first), phase.headers);
    if (answer.status !== 200) {
      console.log(`  ${phase.name}: not measured, GET ${phase.path(first)} answered ${answer.status}`);
      return { measured: false, why: `GET ${phase.path(first)} answered ${answer.status}` };
    }
  } catch (error) {
    return { measured: false, why: `GET ${phase.path(phase.ids[0])} failed: ${String(error)}` };
  } finally {
    probe.close();
  }
  const warm = Math.max(1, Math.floor(phase.ids.length / 10));
  const connections = PROVENANCE_SETTINGS.latencyConnections;
  await runLoad({ url: b.provenanceUrl, connections, next: eachOnce(phase.ids.slice(1, warm + 1), request) });
  const ids = phase.ids.slice(warm + 1);
  return { measured: true, result: await measure(`${phase.name} (${ids.length} distinct, ${connections} connections)`, b.groups, { url: b.provenanceUrl, connections, next: eachOnce(ids, request) }) };
}

const JSON_ACCEPT = { accept: 'application/json', 'accept-encoding': 'gzip' };

/** GET /lots/{lotId}/trace/back on jam packing lots, 8 generations below their harvests, with an inspector's key. */
export function traceBackPhase(b: ProvenanceBench): Promise<ReadFigure> {
  return measureRead(b, { name: 'trace back', path: (id) => `/lots/${id}/trace/back`, ids: b.samples.deepLots, headers: { ...JSON_ACCEPT, authorization: b.inspectorAuthorization } });
}

/** GET /lots/{lotId}/trace/forward on beekeepers' harvests, whose goods reach jam packing lots 8 generations on (a recall's blast radius). */
export function traceForwardPhase(b: ProvenanceBench): Promise<ReadFigure> {
  return measureRead(b, { name: 'trace forward', path: (id) => `/lots/${id}/trace/forward`, ids: b.samples.harvestLots, headers: { ...JSON_ACCEPT, authorization: b.inspectorAuthorization } });
}

/** GET /exports/{shipmentId}/dossier on the dataset's export shipments (jam, honey and rugs), as a buyer's system asks. */
export function dossierPhase(b: ProvenanceBench): Promise<ReadFigure> {
  return measureRead(b, { name: 'export dossier', path: (id) => `/exports/${encodeURIComponent(id)}/dossier`, ids: b.samples.shipments, headers: JSON_ACCEPT });
}

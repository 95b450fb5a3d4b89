import { setTimeout as sleep } from 'node:timers/promises';
import { publicUrlOf } from '#tamga/platform';
import { WITHHOLDING_GROUPS } from '#tamga/proof-bundle';
import { bundleArgumentsOf } from './bundle-arguments';

const USAGE = `Usage: tamga bundle --shipment ID [--withhold LIST] [--url PROVENANCE_URL] > bundle.json
  writes the export proof bundle of a shipment (docs/adr/0017); verify it with \`tamga verify bundle.json\`
  --withhold  comma-separated groups (${Object.keys(WITHHOLDING_GROUPS).join(', ')}) or type:field pairs
              (lot.exported:buyer): those fields appear only as their salted commitments
`;

/** How long to wait for the checkpoint that covers a just-recorded export (the service says when to ask again). */
const WAIT_MS = 60_000;

/**
 * `tamga bundle`: asks the provenance service (`GET /exports/{id}/bundle.json`, at --url, else
 * TAMGA_PUBLIC_URL or the local service) for the shipment's proof bundle and writes it to stdout.
 * The service builds it, as for the dossier's download link, so both give the same bundle; the
 * bundle itself is checked offline by `tamga verify`, never trusted for having come from here.
 */
export async function bundleCommand(args: readonly string[]): Promise<number> {
  const request = bundleArgumentsOf(args);
  if ('error' in request) {
    process.stderr.write(`tamga bundle: ${request.error}\n${USAGE}`);
    return 2;
  }
  for (const group of request.withhold) {
    if (WITHHOLDING_GROUPS[group]?.length === 0) process.stderr.write(`Note: ${group} are never recorded in an event, so the bundle holds none to withhold.\n`);
  }
  const base = (request.url ?? publicUrlOf()).replace(/\/+$/, '');
  const query = request.withhold.length > 0 ? `?withhold=${encodeURIComponent(request.withhold.join(','))}` : '';
  const url = `${base}/exports/${encodeURIComponent(request.shipmentId)}/bundle.json${query}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const response = await fetch(url).catch((error: Error) => {
      throw new Error(`Cannot reach the provenance service at ${base} (${error.cause ?? error.message}); start it (npm start) or pass --url`);
    });
    const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
    if (response.status === 503 && Number.isFinite(retryAfter) && Date.now() + retryAfter * 1000 < deadline) {
      process.stderr.write(`Waiting ${retryAfter} s for a checkpoint that covers the shipment's last event…\n`);
      await sleep(retryAfter * 1000);
      continue;
    }
    const body = await response.text();
    if (!response.ok) {
      process.stderr.write(`GET ${url} answered ${response.status}: ${body.slice(0, 2000)}\n`);
      return response.status === 404 || response.status === 400 || response.status === 422 ? 2 : 1;
    }
    process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
    return 0;
  }
}

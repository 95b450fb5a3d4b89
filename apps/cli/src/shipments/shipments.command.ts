import { publicUrlOf } from '#tamga/platform';
import { shipmentsArgumentsOf } from './shipments-arguments';
import { ListedShipment, shipmentsTable } from './shipments-table';

const USAGE = 'Usage: tamga shipments [--json] [--url PROVENANCE_URL]   (lists export shipments: id, date, destination, exporter, products, quantity)\n';

/**
 * `tamga shipments`: every export shipment, read page by page from the provenance service's public
 * list (`GET /exports`, at --url, else TAMGA_PUBLIC_URL or the local service), so an exporter needs
 * no database to find the id `tamga bundle --shipment` takes. `--json` prints the list as JSON.
 */
export async function shipmentsCommand(args: readonly string[]): Promise<number> {
  const request = shipmentsArgumentsOf(args);
  if (request === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  const base = (request.url ?? publicUrlOf()).replace(/\/+$/, '');
  const shipments: ListedShipment[] = [];
  // The list is paged by shipment id; the bound only stops a service whose `next` never ends.
  for (let after: string | null = '', pages = 0; after !== null && pages < 100_000; pages++) {
    const url = `${base}/exports?limit=200${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const response = await fetch(url).catch((error: Error) => {
      throw new Error(`Cannot reach the provenance service at ${base} (${error.cause ?? error.message}); start it (npm start) or pass --url`);
    });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
    const page = (await response.json()) as { items: ListedShipment[]; next: string | null };
    shipments.push(...page.items);
    after = page.next;
  }
  if (request.json) {
    process.stdout.write(`${JSON.stringify(shipments.map(({ shipmentId, exportedAt, destinationCountry, exporterId, lots }) => ({ shipmentId, exportedAt, destinationCountry, exporterId, lots })), null, 2)}\n`);
  } else if (shipments.length === 0) process.stderr.write('No export shipment is recorded yet.\n');
  else process.stdout.write(shipmentsTable(shipments));
  return 0;
}

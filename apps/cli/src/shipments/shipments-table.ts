/** An export shipment as `tamga shipments` lists it. */
export interface ListedShipment {
  readonly shipmentId: string;
  readonly exportedAt: string;
  readonly destinationCountry: string;
  readonly exporterId: string | null;
  readonly lots: readonly { readonly lotId: string; readonly productId?: string | null; readonly quantity: { readonly amount: number; readonly unit: string } }[];
}

/** The date an export happened, in Kyrgyzstan (UTC+6, no daylight saving), as the dossier dates it. */
const kyrgyzstanDate = (iso: string) => new Date(Date.parse(iso) + 6 * 3_600_000).toISOString().slice(0, 10);

/** Quantities per unit, summed in thousandths so 0.1 + 0.2 prints 0.3. */
function totalOf(lots: ListedShipment['lots']): string {
  const byUnit = new Map<string, number>();
  for (const { quantity } of lots) byUnit.set(quantity.unit, (byUnit.get(quantity.unit) ?? 0) + Math.round(quantity.amount * 1000));
  return [...byUnit].map(([unit, milli]) => `${milli / 1000} ${unit}`).join(' + ');
}

/** The shipments as an aligned table: id, export date, destination, exporter, products, quantity. */
export function shipmentsTable(shipments: readonly ListedShipment[]): string {
  const header = ['SHIPMENT', 'DATE', 'TO', 'EXPORTER', 'PRODUCTS', 'QUANTITY'];
  const rows = shipments.map((s) => [
    s.shipmentId,
    kyrgyzstanDate(s.exportedAt),
    s.destinationCountry,
    s.exporterId ?? '-',
    [...new Set(s.lots.map((l) => l.productId ?? '?'))].join(', '),
    totalOf(s.lots),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

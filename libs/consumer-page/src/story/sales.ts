import { LotEventRecord, MasterDataRecords } from './lot-story-source';
import { ExportDestination, SalePlace, UnitOfLot } from './lot-story';
import { dateOf, text } from './live-events';
import { placeInContext } from './place-in-context';

/** The shops that sold the lot, in the order they first did. `events` are the lot's live events. */
export function salePlaces(events: readonly LotEventRecord[], masterData: MasterDataRecords): SalePlace[] {
  const byShop = new Map<string, { first: string; last: string }>();
  for (const sale of events.filter((e) => e.type === 'lot.sold')) {
    const placeId = (sale.data.at as { placeId?: unknown } | undefined)?.placeId;
    if (typeof placeId !== 'string') continue;
    const date = dateOf(sale.occurredAt);
    const known = byShop.get(placeId);
    byShop.set(placeId, known ? { first: known.first < date ? known.first : date, last: known.last > date ? known.last : date } : { first: date, last: date });
  }
  return [...byShop].map(([placeId, d]) => ({ place: placeInContext(placeId, masterData), firstSale: d.first, lastSale: d.last }))
    .sort((a, b) => a.firstSale.localeCompare(b.firstSale));
}

/** The countries the lot was exported to (ISO 3166-1 alpha-2), in the order it first went to each. */
export function exportDestinations(events: readonly LotEventRecord[]): ExportDestination[] {
  const first = new Map<string, string>();
  for (const shipment of events.filter((e) => e.type === 'lot.exported')) {
    const country = text(shipment.data, 'destinationCountry');
    const date = dateOf(shipment.occurredAt);
    if (country && (!first.has(country) || date < first.get(country)!)) first.set(country, date);
  }
  return [...first].map(([country, firstExport]) => ({ country, firstExport })).sort((a, b) => a.firstExport.localeCompare(b.firstExport));
}

/** The unit a serial names, or null when no live packing of the lot made it (an unknown code). */
export function unitOfLot(events: readonly LotEventRecord[], serial: string, masterData: MasterDataRecords): UnitOfLot | null {
  const packing = events.find((e) => e.type === 'lot.packed' && Array.isArray(e.data.serials) && e.data.serials.includes(serial));
  if (!packing) return null;
  const size = packing.data.unitSize as { amount?: unknown; unit?: unknown } | undefined;
  const sale = events.find((e) => e.type === 'lot.sold' && Array.isArray(e.data.serials) && e.data.serials.includes(serial));
  const shopId = (sale?.data.at as { placeId?: unknown } | undefined)?.placeId;
  return {
    serial,
    packedAt: dateOf(packing.occurredAt),
    size: typeof size?.amount === 'number' && typeof size?.unit === 'string' ? { amount: size.amount, unit: size.unit } : null,
    sold: sale && typeof shopId === 'string' ? { place: placeInContext(shopId, masterData), date: dateOf(sale.occurredAt) } : null,
  };
}

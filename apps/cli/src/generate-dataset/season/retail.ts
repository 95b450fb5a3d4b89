import { decideRecordExport, decideRecordPacking, decideRecordRetailSale } from '#tamga/domain';
import { Outlet } from '../world/dataset-world';
import { Season, kgMilli, pieces } from './season';

/** What an export carries, for its HS code and the buyers who take it. */
export type ExportGoods = 'honey' | 'jam' | 'rugs' | 'soap';

const HS_CODES: Record<ExportGoods, string> = { honey: '0409.00', jam: '2007.99', rugs: '5704.90', soap: '3401.11' };
const BUYERS: readonly { country: string; name: string }[] = [
  { country: 'JP', name: 'Hokkaido Natural Foods' },
  { country: 'CN', name: 'Urumqi Silk Road Trading' },
  { country: 'KR', name: 'Seoul Mountain Goods' },
  { country: 'DE', name: 'Bergwaren GmbH' },
  { country: 'US', name: 'Steppe & Co. Imports' },
  { country: 'KZ', name: 'Almaty Organic Market' },
  { country: 'AE', name: 'Dubai Highland Foods' },
];

/** Packs `units` serialised units of `unitMilli` thousandths each (kg, or pieces) from what the packer holds; serials `LOT.1`, `LOT.2`... */
export function packUnits(s: Season, packer: Outlet, lotId: string, units: number, unitMilli: number, countedInPieces: boolean, at: string): string[] {
  const serials = Array.from({ length: units }, (_, i) => `${lotId}.${i + 1}`);
  s.book.record('packing', decideRecordPacking, packer.party, {
    packingId: s.factId('PK'),
    lotId,
    placeId: packer.placeId,
    unitSize: countedInPieces ? pieces(unitMilli / 1000) : kgMilli(unitMilli),
    serials,
    packedAt: at,
  });
  return serials;
}

/**
 * A shop's sales of a lot over the weeks after it arrived: `count` sales of 1 to 4 scanned units,
 * one every few days from `day`; returns the serials still on the shelf.
 */
export function sellUnits(s: Season, shop: Outlet, lotId: string, serials: readonly string[], count: number, day: number): string[] {
  const shelf = [...serials];
  for (let k = 0; k < count && shelf.length > 0; k++) {
    const sold = shelf.splice(0, Math.min(shelf.length, s.random.int(1, 4)));
    s.book.record('sale', decideRecordRetailSale, shop.party, {
      saleId: s.factId('SA'),
      lotId,
      shopPlaceId: shop.placeId,
      serials: sold,
      soldAt: s.days.at(day + 2 * k, 10 + (k % 8)),
    });
  }
  return shelf;
}

/** A sale by weight from the open lot (a market stall's scoop). */
export function sellByWeight(s: Season, shop: Outlet, lotId: string, milli: number, at: string): void {
  s.book.record('sale', decideRecordRetailSale, shop.party, { saleId: s.factId('SA'), lotId, shopPlaceId: shop.placeId, quantity: kgMilli(milli), soldAt: at });
}

/** Exports everything the exporter holds of the lots in one shipment, with its customs papers. Returns the shipment id. */
export function exportLots(s: Season, exporter: Outlet, lotIds: readonly string[], goods: ExportGoods, at: string): string {
  const shipmentId = s.factId('EX');
  const buyer = s.random.pick(BUYERS);
  s.book.record('export', decideRecordExport, exporter.party, {
    shipmentId,
    fromPlaceId: exporter.placeId,
    lots: lotIds.map((lotId) => ({ lotId, quantity: s.held(lotId, exporter.party) })),
    destinationCountry: buyer.country,
    buyer,
    customsDeclaration: `CD-${shipmentId}`,
    certificateOfOrigin: `CO-${shipmentId}`,
    hsCode: HS_CODES[goods],
    documents: [{ type: 'invoice', id: `INV-${shipmentId}` }],
    exportedAt: at,
  });
  return shipmentId;
}

import { demoGln, demoGtin13 } from '../master-data/gs1/demo-gs1-key';
import { MasterDataLookup, masterDataLookupOf } from '../master-data/lookup/master-data-lookup';
import { Party } from '../master-data/party/party';
import { PartyKind } from '../master-data/party/party-kind';
import { Place } from '../master-data/place/place';
import { PlaceKind } from '../master-data/place/place-kind';
import { Product } from '../master-data/product/product';
import { ProductCategory } from '../master-data/product/product-category';
import { YieldBound } from '../master-data/product/yield-bound';
import { UnitCode } from '../shared/unit-of-measure';
import { RecordedLotEvent } from './lot-event';
import { LotState, foldLot } from './lot-state';
import { LotDecisionContext, LotEventFor } from './rules/lot-decision';

/**
 * For unit tests of the lot rules: a small Issyk-Kul world (a honey village with an apiary, a
 * workshop, a shop in Bishkek, a border post) and a ledger that folds decided events into lots.
 */
const names = (en: string) => ({ ky: en, ru: en, en });
let gln = 0;
const place = (placeId: string, kind: PlaceKind, parentId?: string): Place => ({
  placeId,
  version: 1,
  kind,
  gln: demoGln('0001', String(++gln).padStart(5, '0')),
  names: names(placeId),
  ...(parentId ? { parentId } : {}),
});
let item = 0;
const product = (productId: string, category: ProductCategory, unit: UnitCode, yieldBounds: YieldBound[] = []): Product => ({
  productId,
  version: 1,
  gtin: `0${demoGtin13('0001', String(++item).padStart(5, '0'))}`,
  names: names(productId),
  category,
  unit,
  yieldBounds,
});
const party = (partyId: string, kinds: PartyKind[], operatesPlaceIds: string[] = [], memberOfIds: string[] = []): Party => ({
  partyId,
  version: 1,
  kinds,
  memberOfIds,
  operatesPlaceIds,
});

export const PLACES = [
  place('region:issyk-kul', 'region'),
  place('district:ak-suu', 'district', 'region:issyk-kul'),
  place('village:tamga', 'village', 'district:ak-suu'),
  place('village:barskoon', 'village', 'district:ak-suu'),
  place('apiary:tamga-1', 'apiary', 'village:tamga'),
  place('workshop:karakol', 'workshop', 'district:ak-suu'),
  place('city:bishkek', 'city'),
  place('shop:ovop-bishkek', 'shop', 'city:bishkek'),
  place('warehouse:bishkek', 'warehouse', 'city:bishkek'),
  place('border-post:ak-jol', 'border-post', 'city:bishkek'),
];

export const PRODUCTS = [
  product('product:comb-honey', 'honey', 'KGM'),
  product('product:sainfoin-honey', 'honey', 'KGM', [{ process: 'extraction', inputProductIds: ['product:comb-honey'], min: 0.6, max: 0.85 }]),
  product('product:beeswax', 'other', 'KGM', [{ process: 'extraction', inputProductIds: ['product:comb-honey'], min: 0.01, max: 0.15 }]),
  product('product:sea-buckthorn', 'berries', 'KGM'),
  product('product:sugar', 'sugar', 'KGM'),
  product('product:sea-buckthorn-jam', 'jam', 'KGM', [
    { process: 'cooking', inputProductIds: ['product:sea-buckthorn', 'product:sugar'], min: 0.7, max: 0.95 },
  ]),
];

export const PARTIES = {
  asel: party('producer:asel', ['producer'], ['apiary:tamga-1'], ['group:tamga-beekeepers']),
  group: party('group:tamga-beekeepers', ['producer'], []),
  bakyt: party('producer:bakyt', ['producer'], []),
  processor: party('processor:karakol-honey', ['processor'], ['workshop:karakol']),
  shop: party('shop:ovop-bishkek', ['shop'], ['shop:ovop-bishkek']),
  exporter: party('exporter:ak-jol', ['exporter'], ['warehouse:bishkek', 'border-post:ak-jol']),
  lab: party('lab:bishkek', ['lab'], []),
  inspector: party('inspector:nurlan', ['inspector'], []),
  certifier: party('certifier:bio-kg', ['certifier'], []),
  admin: party('admin:ovop', ['admin'], []),
};

export const MASTER_DATA: MasterDataLookup = masterDataLookupOf({
  places: PLACES,
  products: PRODUCTS,
  parties: Object.values(PARTIES),
  schemes: [
    { schemeId: 'scheme:organic', version: 1, kind: 'organic', names: names('Organic'), issuerPartyId: 'certifier:bio-kg' },
  ],
  specialisations: [{ villageId: 'village:tamga', productId: 'product:comb-honey', since: '2010-05-01' }],
});

export const NOW = new Date('2026-09-01T12:00:00Z');

/** A lot's events as the store would hand them back: ids and versions assigned in order. */
export class Ledger {
  private readonly streams = new Map<string, RecordedLotEvent[]>();
  private counter = 0;

  /** Records decided events as if appended by `actor`; returns their ids in order. */
  record(events: readonly LotEventFor[], actor: Party): string[] {
    return events.map(({ lotId, event }) => {
      const stream = this.streams.get(lotId) ?? [];
      const eventId = `00000000-0000-4000-8000-${String(++this.counter).padStart(12, '0')}`;
      stream.push({ eventId, version: stream.length + 1, actorId: actor.partyId, event });
      this.streams.set(lotId, stream);
      return eventId;
    });
  }

  lot(lotId: string): LotState {
    return foldLot(lotId, this.streams.get(lotId) ?? []);
  }

  /** The context a decision by `actor` sees, with the listed lots loaded. */
  context(actor: Party, lotIds: readonly string[], now: Date = NOW): LotDecisionContext {
    return { now, actor, masterData: MASTER_DATA, lots: new Map(lotIds.map((id) => [id, [...(this.streams.get(id) ?? [])]])) };
  }
}

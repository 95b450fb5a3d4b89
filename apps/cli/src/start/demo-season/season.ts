import { PartyPersonalDetails, RegisterParty, RegisterPlace, RegisterProduct, RegisterScheme, RegisterSpecialisation } from '#tamga/domain';
import { DemoFact } from './demo-fact';
import { HARVEST_SITES, WORKPLACES } from './facilities';
import { BERRY_SEASON } from './journey/berries';
import { FELT_SEASON } from './journey/felt';
import { HONEY_HARVEST } from './journey/honey-harvest';
import { HONEY_HOUSE_SEASON } from './journey/honey-house';
import { HONEY_MARKET } from './journey/honey-market';
import { JAM_SEASON } from './journey/jam';
import { SOAP_SEASON } from './journey/soap';
import { BUSINESSES, GROUPS, PRODUCERS, SCHEMES } from './parties';
import { PERSONAL_DETAILS } from './personal-details';
import { ADMINISTRATIVE_PLACES, VILLAGES } from './places';
import { PRODUCTS, SPECIALISATIONS } from './products';

/** Everything the demo season records, in an order the references allow. */
export interface DemoSeason {
  /** Parents before children: a place names a registered parent. */
  readonly places: readonly RegisterPlace[];
  /** Raw materials before what is made from them: a yield bound names registered inputs. */
  readonly products: readonly RegisterProduct[];
  readonly specialisations: readonly RegisterSpecialisation[];
  /** Groups before their members. */
  readonly parties: readonly RegisterParty[];
  /** After the parties: a scheme names a registered certifier. */
  readonly schemes: readonly RegisterScheme[];
  readonly personalDetails: readonly PartyPersonalDetails[];
  /** Field devices' keys: the party's key is issued to the device (ADR 0008). */
  readonly fieldDevices: Readonly<Record<string, string>>;
  /** Each lot's facts after the facts that created it; chains that share lots (wax into soap) in that order. */
  readonly facts: readonly DemoFact[];
}

/** The 2026 season around Issyk-Kul, loaded by `npm start`. */
export const DEMO_SEASON: DemoSeason = {
  places: [...ADMINISTRATIVE_PLACES, ...VILLAGES, ...HARVEST_SITES, ...WORKPLACES],
  products: PRODUCTS,
  specialisations: SPECIALISATIONS,
  parties: [...GROUPS, ...PRODUCERS, ...BUSINESSES],
  schemes: SCHEMES,
  personalDetails: PERSONAL_DETAILS,
  fieldDevices: { 'group:ananyevo-berry-growers': 'device:ananyevo-tablet-1' },
  facts: [...FELT_SEASON, ...HONEY_HARVEST, ...HONEY_HOUSE_SEASON, ...HONEY_MARKET, ...BERRY_SEASON, ...JAM_SEASON, ...SOAP_SEASON],
};

/** Every lot a season's facts name (created, taken, moved or looked at), sorted. */
export function lotIdsOf(facts: readonly DemoFact[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => visit(v, k));
    else if ((key === 'lotId' || key === 'outputLotId') && typeof value === 'string') ids.add(value);
  };
  for (const fact of facts) {
    if (typeof fact.body === 'object') visit(fact.body);
    const inPath = /^\/lots\/([^/]+)/.exec(fact.path);
    if (inPath) ids.add(inPath[1]);
  }
  return [...ids].sort();
}

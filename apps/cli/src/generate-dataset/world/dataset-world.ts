import { Party } from '#tamga/domain';
import { ProductKey } from './products';
import { Speciality } from './geography';

/** A party at the facility it records from (a shop at its shop, a centre at its honey house). */
export interface Outlet {
  readonly party: Party;
  readonly placeId: string;
}

/** A producer of a village group and the apiary or pasture it harvests at. */
export interface Member {
  readonly party: Party;
  readonly siteId: string;
}

/** A village, its OVOP group (producer and processor, running the collection workshop), and its members. */
export interface VillageWorld {
  readonly key: string;
  readonly villageId: string;
  readonly speciality: Speciality;
  readonly at: readonly [number, number];
  readonly group: Party;
  readonly workshopId: string;
  /** The group's own plot or pasture, where it harvests itself (berries, beet, tallow). */
  readonly groupSiteId: string;
  /** Beekeepers or herders who deliver to the group; empty where the group harvests itself. */
  readonly members: readonly Member[];
  /** A village of the same region not registered for this village's product: a harvest there is flagged. */
  readonly unregisteredNeighbourId: string;
}

/** A region's processing centre and the villages that supply it with honey. */
export interface RegionWorld {
  readonly key: string;
  readonly centre: Outlet;
  readonly honeyVillages: readonly VillageWorld[];
}

/** Everything the season's chains name, registered before the first lot fact. */
export interface DatasetWorld {
  readonly product: Readonly<Record<ProductKey, string>>;
  readonly regions: readonly RegionWorld[];
  readonly berryVillages: readonly VillageWorld[];
  readonly beetVillages: readonly VillageWorld[];
  readonly woolVillages: readonly VillageWorld[];
  readonly tallowVillages: readonly VillageWorld[];
  readonly sugarPlant: Outlet;
  readonly soapWorkshop: Outlet;
  readonly shops: readonly Outlet[];
  readonly exporters: readonly Outlet[];
  readonly labs: readonly Outlet[];
  readonly inspectors: readonly Party[];
  readonly organicCertifier: Party;
  readonly halalCertifier: Party;
  /** The OVOP association: grants "Made in Kyrgyzstan" and the regional brands. */
  readonly association: Party;
  readonly schemes: { readonly organic: string; readonly halal: string; readonly madeInKyrgyzstan: string; readonly issykKulBrand: string };
}

import { GeoJsonPoint, RegisterPlace, demoGln } from '#tamga/domain';
import { DatasetIds } from './dataset-ids';
import { CAPITAL, REGIONS, VILLAGES, VillageEntry } from './geography';

/** GeoJSON is [longitude, latitude]: the tables read latitude first, as a map does. */
export const point = (at: readonly [number, number]): GeoJsonPoint => ({ type: 'Point', coordinates: [at[1], at[0]] });

/** Builds place registrations in order (parents first), numbering their GLNs. */
export class PlacePlan {
  readonly commands: RegisterPlace[] = [];
  private glnRef = 0;

  constructor(private readonly ids: DatasetIds) {}

  add(kind: RegisterPlace['kind'], key: string, names: RegisterPlace['names'], parentId?: string, at?: readonly [number, number]): string {
    const placeId = this.ids.id(kind, key);
    this.commands.push({
      placeId,
      kind,
      gln: demoGln(this.ids.glnCompany, String(++this.glnRef).padStart(6, '0')),
      names,
      ...(parentId ? { parentId } : {}),
      ...(at ? { geometry: point(at) } : {}),
    });
    return placeId;
  }
}

/** The administrative places: regions, districts, centres (towns), Bishkek, villages. Returns the id of each village and centre. */
export function planAdministrativePlaces(plan: PlacePlan, ids: DatasetIds): { villageIdOf: Map<string, string>; centreIdOf: Map<string, string>; capitalId: string } {
  const villageIdOf = new Map<string, string>();
  const centreIdOf = new Map<string, string>();
  const capitalId = plan.add('city', CAPITAL.key, CAPITAL.names, undefined, CAPITAL.at);
  for (const region of REGIONS) {
    const regionId = plan.add('region', region.key, region.names);
    for (const d of region.districts) plan.add('district', d.key, d.names, regionId);
    centreIdOf.set(region.key, plan.add('town', region.centre.key, region.centre.names, regionId, region.centre.at));
  }
  for (const v of VILLAGES) villageIdOf.set(v.key, plan.add('village', v.key, v.names, ids.id('district', v.district), v.at));
  return { villageIdOf, centreIdOf, capitalId };
}

/** The region a village lies in (through its district). */
export function regionOf(village: VillageEntry): string {
  const region = REGIONS.find((r) => r.districts.some((d) => d.key === village.district));
  if (!region) throw new Error(`Village ${village.key} names an unknown district ${village.district}`);
  return region.key;
}

/** A spot a little way from a centre, for a facility's own point on the map. */
export function near(at: readonly [number, number], k: number): readonly [number, number] {
  return [Math.round((at[0] + 0.004 * ((k % 5) - 2)) * 1e5) / 1e5, Math.round((at[1] + 0.005 * ((Math.floor(k / 5) % 5) - 2)) * 1e5) / 1e5];
}

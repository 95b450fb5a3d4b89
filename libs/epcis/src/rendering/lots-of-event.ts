import type { LotEvent } from '#tamga/domain';

/** Every lot a fact touches: the inputs and outputs of a transformation, split or merge; else its one lot. */
export function lotsTouchedBy(event: LotEvent): string[] {
  switch (event.type) {
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged':
      return [...event.data.inputs, ...event.data.outputs].map((p) => p.lotId);
    default:
      return [event.data.lotId];
  }
}

/** The lots a fact names as inputs and as outputs (empty for facts that consume or make no lot). */
export function genealogyOf(event: LotEvent): { readonly inputs: readonly string[]; readonly outputs: readonly string[] } {
  switch (event.type) {
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged':
      return { inputs: event.data.inputs.map((p) => p.lotId), outputs: event.data.outputs.map((p) => p.lotId) };
    default:
      return { inputs: [], outputs: [] };
  }
}

/** What a fact says about which product a lot is of: a harvest, and every portion of a multi-lot fact. */
export function lotProductsOf(event: LotEvent): Array<readonly [lotId: string, productId: string]> {
  switch (event.type) {
    case 'lot.harvested':
      return [[event.data.lotId, event.data.productId]];
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged':
      return [...event.data.inputs, ...event.data.outputs].map((p) => [p.lotId, p.productId] as const);
    default:
      return [];
  }
}

/** The master data a fact's rendering reads: products (by id, or through its lots) and places. */
export interface MasterDataReferences {
  readonly lotIds: readonly string[];
  readonly productIds: readonly string[];
  readonly placeIds: readonly string[];
}

/** What a loader must fetch before rendering this event (for amendments, fetch the target's too). */
export function masterDataReferencesOf(event: LotEvent): MasterDataReferences {
  const d = event.data as Readonly<Record<string, unknown>>;
  const custodies = ['from', 'to', 'by', 'at'].map((k) => d[k] as { placeId?: string } | undefined);
  const placeIds = [d['placeId'], d['villageId'], ...custodies.map((c) => c?.placeId)].filter((p): p is string => typeof p === 'string');
  return { lotIds: lotsTouchedBy(event), productIds: lotProductsOf(event).map(([, productId]) => productId), placeIds };
}

/** The roles a party can hold; a party may hold several (a producer who also exports). */
export const PARTY_KINDS = ['producer', 'processor', 'shop', 'exporter', 'lab', 'certifier', 'inspector', 'admin'] as const;

/** A party kind, which is also the role its API keys record under. */
export type PartyKind = (typeof PARTY_KINDS)[number];

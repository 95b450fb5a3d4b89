/**
 * Which stream of the event log a fact belongs to. A lot's stream is its lot code (the Kafka key
 * that keeps its events in order); master data lives in streams named `{kind}/{id}`. Lot codes
 * cannot contain "/", so the two never collide.
 */
export const streamIdOf = {
  lot: (lotId: string): string => lotId,
  place: (placeId: string): string => `place/${placeId}`,
  product: (productId: string): string => `product/${productId}`,
  party: (partyId: string): string => `party/${partyId}`,
  scheme: (schemeId: string): string => `scheme/${schemeId}`,
  specialisations: (villageId: string): string => `specialisation/${villageId}`,
  apiKey: (keyId: string): string => `api-key/${keyId}`,
} as const;

/** The kind of stream a stream id names: `lot` for lot codes, else the prefix before "/". */
export function streamKindOf(streamId: string): string {
  const slash = streamId.indexOf('/');
  return slash < 0 ? 'lot' : streamId.slice(0, slash);
}

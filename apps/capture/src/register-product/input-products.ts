import { RegisterProduct, streamIdOf } from '#tamga/domain';
import { StoredEvent } from '#tamga/event-store';
import { unregisteredReference } from '../register-master-data/unregistered-reference';

/** The streams of the products a product's yield bounds consume, as the request lists them. */
export function inputProductStreams(product: RegisterProduct): string[] {
  const bounds = Array.isArray(product.yieldBounds) ? product.yieldBounds : [];
  return bounds.flatMap((b) => (Array.isArray(b?.inputProductIds) ? b.inputProductIds.map(streamIdOf.product) : []));
}

/**
 * Refuses yield bounds that consume a product nobody registered: the mass-balance rule of a
 * transformation would otherwise compare against an input no lot can ever be. Called after the
 * decision accepted the shape, so every id here is a valid reference id, named by its request index.
 */
export function assertInputsRegistered(product: RegisterProduct, streams: ReadonlyMap<string, readonly StoredEvent[]>): void {
  (product.yieldBounds ?? []).forEach((bound, i) =>
    bound.inputProductIds.forEach((id, j) => {
      if ((streams.get(streamIdOf.product(id)) ?? []).length === 0) {
        throw unregisteredReference(`yieldBounds[${i}].inputProductIds[${j}]`, 'product', id);
      }
    }),
  );
}

import { Pool } from 'pg';
import { MasterNames } from '#tamga/inspector-pages';
import { findConsumerMasterData } from '#tamga/read-models';

/** The names of the products and places a page shows, in one round trip; ids not projected show as ids. */
export async function masterNamesOf(pool: Pool, productIds: Iterable<string | null | undefined>, placeIds: Iterable<string | null | undefined>): Promise<MasterNames> {
  const ids = (values: Iterable<string | null | undefined>) => [...new Set([...values].filter((v): v is string => typeof v === 'string'))];
  const data = await findConsumerMasterData(pool, { productIds: ids(productIds), placeIds: ids(placeIds), schemeIds: [] });
  return {
    products: new Map([...data.products].map(([id, p]) => [id, p.names])),
    places: new Map([...data.places].map(([id, p]) => [id, p.names])),
  };
}

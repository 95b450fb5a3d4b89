/** One page of a master-data list, in id order; `next` is the `after` of the following page, null on the last. */
export interface MasterDataPage<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

/** Which page to read: up to `limit` records with ids after `after`. */
export interface PageRequest {
  readonly limit: number;
  readonly after?: string;
}

/** Cuts the one extra row a list query reads into a page and the cursor of the next. */
export function pageOf<T>(rows: readonly T[], limit: number, idOf: (item: T) => string): MasterDataPage<T> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? idOf(items[items.length - 1]) : null };
}

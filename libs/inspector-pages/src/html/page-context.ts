import { PageLanguage } from '#tamga/consumer-page';

/** Names of a thing per language, as master data holds them. */
export type Names = Readonly<Record<string, string>>;

/** What every inspector page needs besides its data: language, where it is, who is signed in. */
export interface PageContext {
  readonly lang: PageLanguage;
  /** The page's path, without its query. */
  readonly path: string;
  /** The page's own query parameters (not `lang`), kept by the language switcher. */
  readonly query?: Readonly<Record<string, string>>;
  /** The signed-in party, shown in the header with the sign-out button; null on the sign-in page. */
  readonly partyId: string | null;
}

/** The master data a page names things by: products and places, each by id. Absent ids show as ids. */
export interface MasterNames {
  readonly products: ReadonlyMap<string, Names>;
  readonly places: ReadonlyMap<string, Names>;
}

/** No names at all (pages that name nothing, tests). */
export const NO_NAMES: MasterNames = { products: new Map(), places: new Map() };

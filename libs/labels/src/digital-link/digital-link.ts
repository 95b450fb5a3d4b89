/** What a Digital Link names: a lot of a product, or one unit of it when a serial is given. */
export interface DigitalLinkKey {
  /** GTIN-14, as Tamga stores it. */
  readonly gtin: string;
  readonly lotId: string;
  readonly serial?: string;
}

/**
 * The GS1 Digital Link URI of a lot (`/01/{gtin14}/10/{lot}`) or a unit
 * (`/01/{gtin14}/10/{lot}/21/{serial}`) on Tamga's resolver at `base` (see publicUrlOf), the
 * paths the provenance service resolves. Lot codes and serials are kept to URL-safe characters by
 * the domain, so encodeURIComponent changes nothing today; it is there so a wider alphabet later
 * can never produce a URL that means something else.
 */
export function digitalLinkOf(base: string, key: DigitalLinkKey): string {
  if (!/^\d{14}$/.test(key.gtin)) throw new Error(`Not a GTIN-14: ${key.gtin}`);
  const lot = `${base}/01/${key.gtin}/10/${encodeURIComponent(key.lotId)}`;
  return key.serial === undefined ? lot : `${lot}/21/${encodeURIComponent(key.serial)}`;
}

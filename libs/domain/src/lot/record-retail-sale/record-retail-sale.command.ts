/** Record that a shop sold some of a lot to consumers. */
export interface RecordRetailSale {
  readonly saleId: string;
  readonly lotId: string;
  readonly shopPlaceId: string;
  /** How much was sold; may be left out when serials are scanned (their sizes add up to it). */
  readonly quantity?: { readonly amount: number; readonly unit: string };
  readonly serials?: readonly string[];
  readonly soldAt: string;
}

/** Register a village for a product under OVOP from a date. */
export interface RegisterSpecialisation {
  readonly villageId: string;
  readonly productId: string;
  /** A calendar date, YYYY-MM-DD, in Kyrgyzstan. */
  readonly since: string;
}

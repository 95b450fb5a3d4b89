/** A village's registration for a product under OVOP: which product, since which date (Kyrgyzstan time). */
export interface VillageSpecialisation {
  readonly villageId: string;
  readonly productId: string;
  /** A calendar date, YYYY-MM-DD. */
  readonly since: string;
}

/** Record that a lot, or some of its units, is recalled. */
export interface RecordRecall {
  readonly recallId: string;
  readonly lotId: string;
  readonly reason: string;
  readonly scope: 'whole-lot' | 'listed-units';
  readonly serials?: readonly string[];
  readonly recalledAt: string;
}

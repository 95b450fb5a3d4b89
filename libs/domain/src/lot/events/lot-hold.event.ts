/** The lot may not be used until released (suspected contamination, a pending lab result). Wire type `lot.held`. */
export interface LotHeld {
  readonly type: 'lot.held';
  readonly schemaVersion: 1;
  readonly data: {
    readonly holdId: string;
    readonly lotId: string;
    readonly reason: string;
    readonly heldAt: string;
  };
}

/** A hold was lifted. Wire type `lot.released`. */
export interface LotReleased {
  readonly type: 'lot.released';
  readonly schemaVersion: 1;
  readonly data: {
    readonly holdId: string;
    readonly lotId: string;
    readonly reason: string;
    readonly releasedAt: string;
  };
}

/** How much of a lot a recall covers. */
export type RecallScope = 'whole-lot' | 'listed-units';

/**
 * The lot (or some of its units) is recalled: it may no longer be used, and everything made from
 * it is in the recall's reach (the inspector's trace forward). Wire type `lot.recalled`.
 */
export interface LotRecalled {
  readonly type: 'lot.recalled';
  readonly schemaVersion: 1;
  readonly data: {
    readonly recallId: string;
    readonly lotId: string;
    readonly reason: string;
    readonly scope: RecallScope;
    /** The units recalled when the scope is `listed-units`. */
    readonly serials?: readonly string[];
    readonly recalledAt: string;
  };
}

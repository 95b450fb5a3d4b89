import { Quantity } from '../../shared/quantity';

/**
 * An earlier event of this lot recorded a wrong quantity; this is the right one. Nothing is
 * edited: the lot's state reads the earlier event with the corrected quantity, and the audit shows
 * both. Wire type `lot.corrected`.
 */
export interface LotCorrected {
  readonly type: 'lot.corrected';
  readonly schemaVersion: 1;
  readonly data: {
    readonly lotId: string;
    readonly correctsEventId: string;
    readonly reason: string;
    readonly changes: { readonly quantity: Quantity };
    readonly correctedAt: string;
  };
}

/**
 * An earlier event of this lot should never have been recorded (a sale entered on the wrong lot,
 * an inspection of another sample). The lot's state reads as if it had not happened; the audit
 * shows both. Wire type `lot.retracted`.
 */
export interface LotRetracted {
  readonly type: 'lot.retracted';
  readonly schemaVersion: 1;
  readonly data: {
    readonly lotId: string;
    readonly retractsEventId: string;
    readonly reason: string;
    readonly retractedAt: string;
  };
}

/** Why a lot was flagged for inspectors. */
export type LotFlagKind = 'origin-not-registered';

/**
 * A fact was accepted but looks wrong in a way inspectors must see (a harvest of a product its
 * village is not registered for). Recorded with the fact, in the same transaction. Wire type `lot.flagged`.
 */
export interface LotFlagged {
  readonly type: 'lot.flagged';
  readonly schemaVersion: 1;
  readonly data: {
    readonly lotId: string;
    readonly flag: LotFlagKind;
    readonly message: string;
    readonly flaggedAt: string;
    readonly [detail: string]: unknown;
  };
}

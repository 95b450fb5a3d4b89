/** An open flag as the inspector's answers show it. */
export interface OpenFlagView {
  readonly kind: string;
  /** Null for a finding about a facility as a whole. */
  readonly lotId: string | null;
  /** The event that raised it; for a yield anomaly, the transformation. */
  readonly flagId: string;
  /** When the finding arose; null for what a balance finds when asked. */
  readonly raisedAt: string | null;
  readonly raisedBy: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** The columns of `open_lot_flags` as an OpenFlagView, for jsonRows. */
export const OPEN_FLAG_COLUMNS = `f.kind, f.lot_id AS "lotId", f.flag_id AS "flagId",
  to_char(f.raised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "raisedAt", f.raised_by AS "raisedBy", f.details`;

import { Pool } from 'pg';
import { LOSS_IN_TRANSIT_FLAG_PERCENT, LotPortion, TransformationProcess, YIELD_EDGE_FRACTION, YieldBound, yieldAnomaliesOf } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { OPEN_FLAG_COLUMNS, OpenFlagView } from './open-flag-view';
import { isoUtc, jsonRows } from './sql-helpers';

/** The kinds of open flag an inspector can list. */
export const OPEN_FLAG_KINDS = ['origin-not-registered', 'hold', 'recall', 'loss-in-transit', 'yield-anomaly'] as const;

/** A kind of open flag. */
export type OpenFlagKind = (typeof OPEN_FLAG_KINDS)[number];

/** The open flags, newest first, with how many there are of each kind and the thresholds used. */
export interface OpenFlagsView {
  readonly flags: readonly OpenFlagView[];
  readonly counts: Readonly<Record<OpenFlagKind, number>>;
  /** True when more flags matched than `limit`. */
  readonly truncated: boolean;
  readonly thresholds: { readonly lossInTransitPercent: number; readonly yieldEdgeFraction: number };
}

interface TransformationRow {
  transformationId: string; process: TransformationProcess; placeId: string; actorId: string | null;
  inputs: LotPortion[]; outputs: LotPortion[]; occurredAt: string;
}

/**
 * Open flags: those projected per lot (origin findings, holds, recalls, short receipts) and yield
 * anomalies, judged when asked against the products' current yield bounds, since bounds are master
 * data that may be revised after the transformation. The latter reads every transformation: fine
 * for an inspector's list, not a hot path.
 */
export async function listOpenFlags(pool: Pool, query: { kind?: OpenFlagKind; limit: number }, schema = LIVE_READ_MODEL_SCHEMA): Promise<OpenFlagsView> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<{ flags: OpenFlagView[]; counts: Record<string, number> | null; transformations: TransformationRow[]; bounds: { productId: string; yieldBounds: YieldBound[] }[] }>(
    `SELECT
       ${jsonRows(`SELECT ${OPEN_FLAG_COLUMNS} FROM ${s}.open_lot_flags f WHERE $1::text IS NULL OR f.kind = $1
                    ORDER BY f.raised_at DESC, f.lot_id, f.flag_id LIMIT $2`)} AS flags,
       (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM ${s}.open_lot_flags GROUP BY kind) c) AS counts,
       ${jsonRows(`SELECT transformation_id AS "transformationId", process, place_id AS "placeId", actor_id AS "actorId", inputs, outputs,
                          ${isoUtc('occurred_at')} AS "occurredAt"
                     FROM ${s}.transformations WHERE kind = 'transformed'`)} AS transformations,
       ${jsonRows(`SELECT product_id AS "productId", yield_bounds AS "yieldBounds" FROM ${s}.products WHERE yield_bounds <> '[]'::jsonb`)} AS bounds`,
    // Asked for yield anomalies only, no projected flag matches (no flag has the kind '').
    [query.kind === 'yield-anomaly' ? '' : (query.kind ?? null), query.limit + 1],
  );
  const { flags, counts, transformations, bounds } = rows[0];
  const boundsOf = new Map(bounds.map((b) => [b.productId, b.yieldBounds]));
  const anomalies = transformations.flatMap((t) =>
    yieldAnomaliesOf(t, (productId) => boundsOf.get(productId)).map((a): OpenFlagView => ({
      kind: 'yield-anomaly',
      lotId: t.outputs.find((o) => o.productId === a.productId)!.lotId,
      flagId: t.transformationId,
      raisedAt: t.occurredAt,
      raisedBy: t.actorId,
      details: { ...a, transformationId: t.transformationId, process: t.process, placeId: t.placeId, outputLotIds: t.outputs.filter((o) => o.productId === a.productId).map((o) => o.lotId) },
    })),
  );
  const listed = query.kind === undefined ? [...flags, ...anomalies] : query.kind === 'yield-anomaly' ? anomalies : flags;
  const all = listed.sort(
    (a, b) => (b.raisedAt ?? '').localeCompare(a.raisedAt ?? '') || (a.lotId ?? '').localeCompare(b.lotId ?? '') || a.flagId.localeCompare(b.flagId),
  );
  return {
    flags: all.slice(0, query.limit),
    counts: Object.fromEntries(OPEN_FLAG_KINDS.map((k) => [k, k === 'yield-anomaly' ? anomalies.length : Number(counts?.[k] ?? 0)])) as Record<OpenFlagKind, number>,
    truncated: all.length > query.limit,
    thresholds: { lossInTransitPercent: LOSS_IN_TRANSIT_FLAG_PERCENT, yieldEdgeFraction: YIELD_EDGE_FRACTION },
  };
}

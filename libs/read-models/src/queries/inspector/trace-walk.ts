import { LotLink, TraceDirection } from '#tamga/domain';
import { isoUtc, jsonRows } from './sql-helpers';

/** How deep a trace follows links when the caller does not say: deeper than any real product chain. */
export const DEFAULT_TRACE_DEPTH = 32;
/** The deepest a caller may ask for: bounds the walk's work whatever the record holds. */
export const MAX_TRACE_DEPTH = 64;

/** A link as the walk reads it from `lot_links`. */
export interface LinkRow {
  readonly transformationId: string;
  readonly kind: LotLink['kind'];
  readonly process: LotLink['process'];
  readonly placeId: string;
  readonly inputLotId: string;
  readonly inputProductId: string;
  readonly outputLotId: string;
  readonly outputProductId: string;
  readonly takenAmount: number;
  readonly takenUnit: LotLink['taken']['unit'];
  readonly madeAmount: number;
  readonly madeUnit: LotLink['made']['unit'];
  readonly inputsBaseMilli: number;
  readonly outputsBaseMilli: number;
  readonly occurredAt: string;
  readonly actorId: string | null;
}

/** The link as the domain's trace reads it. */
export function lotLinkOf(row: LinkRow): LotLink {
  return {
    transformationId: row.transformationId,
    kind: row.kind,
    process: row.process,
    placeId: row.placeId,
    inputLotId: row.inputLotId,
    inputProductId: row.inputProductId,
    outputLotId: row.outputLotId,
    outputProductId: row.outputProductId,
    taken: { amount: Number(row.takenAmount), unit: row.takenUnit },
    made: { amount: Number(row.madeAmount), unit: row.madeUnit },
    inputsBaseMilli: Number(row.inputsBaseMilli),
    outputsBaseMilli: Number(row.outputsBaseMilli),
    occurredAt: row.occurredAt,
  };
}

/**
 * The recursive walk over `lot_links` from lot $1, at most $2 links deep, as CTEs `walk` (every
 * (lot, depth) reached), `reached` (each lot at its fewest links) and `links` (the links followed).
 * UNION keeps each (lot, depth) once, so a cycle in a corrupt record repeats only until the depth
 * bound, and a lot reached by several paths is walked once per depth: at most lots × depth rows.
 * Upstream follows the primary key (output → inputs); downstream the input index.
 */
export function traceWalkCtes(s: string, direction: TraceDirection): string {
  const [from, to] = direction === 'upstream' ? ['output_lot_id', 'input_lot_id'] : ['input_lot_id', 'output_lot_id'];
  return `
    WITH RECURSIVE walk(lot_id, depth) AS (
      SELECT $1::text, 0
      UNION
      SELECT l.${to}, w.depth + 1 FROM walk w JOIN ${s}.lot_links l ON l.${from} = w.lot_id WHERE w.depth < $2
    ),
    reached AS (SELECT lot_id, min(depth) AS depth FROM walk GROUP BY lot_id),
    links AS (SELECT l.* FROM ${s}.lot_links l JOIN reached r ON l.${from} = r.lot_id WHERE r.depth < $2)`;
}

/** The walk's result sets (links, lots whose links the bound stopped), as JSON columns. */
export function traceWalkColumns(s: string, direction: TraceDirection): string {
  const from = direction === 'upstream' ? 'output_lot_id' : 'input_lot_id';
  return `
    ${jsonRows(`SELECT transformation_id AS "transformationId", kind, process, place_id AS "placeId", input_lot_id AS "inputLotId",
                       input_product_id AS "inputProductId", output_lot_id AS "outputLotId", output_product_id AS "outputProductId",
                       taken_amount AS "takenAmount", taken_unit AS "takenUnit", made_amount AS "madeAmount", made_unit AS "madeUnit",
                       inputs_base_milli AS "inputsBaseMilli", outputs_base_milli AS "outputsBaseMilli", ${isoUtc('occurred_at')} AS "occurredAt",
                       actor_id AS "actorId"
                  FROM links`)} AS links,
    ${jsonRows(`SELECT r.lot_id AS "lotId" FROM reached r
                 WHERE r.depth >= $2 AND EXISTS (SELECT 1 FROM ${s}.lot_links l WHERE l.${from} = r.lot_id) ORDER BY r.lot_id`)} AS "stoppedAt"`;
}

import { Pool } from 'pg';
import { Quantity, TracedLot, traceLots } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { isoFromUtc, utcTimestamp } from './sql-helpers';
import { TraceCompleteness, completenessOf, plus, roundedShare } from './trace-common';
import { LinkRow, lotLinkOf, traceWalkCtes } from './trace-walk';

/** A lot upstream of the traced one: what it is, how it was made, and what it contributed. */
export interface UpstreamLotView {
  readonly lotId: string;
  readonly productId: string | null;
  readonly depth: number;
  /** The fraction of the traced lot made from this lot (by input amount, in base units). */
  readonly share: number;
  /** How much of this lot went into the traced lot, in its own unit; null for the traced lot. */
  readonly contributed: Quantity | null;
  /** The fact that made this lot; null for a harvest. */
  readonly madeBy: { readonly transformationId: string; readonly kind: string; readonly process: string | null; readonly placeId: string; readonly occurredAt: string; readonly inputLotIds: readonly string[] } | null;
  /** Where a harvested lot comes from; null for a lot made from others. */
  readonly origin: { readonly villageId: string; readonly producerId: string; readonly harvestedAt: string; readonly harvested: Quantity } | null;
}

/** A village's part in the traced lot: the sum over its harvests. */
export interface VillageShareView {
  readonly villageId: string;
  readonly names: Record<string, string> | null;
  readonly share: number;
  readonly producerIds: readonly string[];
  /** What its harvests contributed, per product. */
  readonly contributed: readonly { readonly productId: string; readonly quantity: Quantity }[];
}

/** Where a lot comes from, to every origin village and producer. */
export interface TraceBackView extends TraceCompleteness {
  readonly lotId: string;
  readonly productId: string;
  readonly lots: readonly UpstreamLotView[];
  /** The harvests at the end of every path, largest share first. */
  readonly origins: readonly UpstreamLotView[];
  readonly villages: readonly VillageShareView[];
  readonly producers: readonly { readonly producerId: string; readonly villageIds: readonly string[]; readonly share: number }[];
}

interface LotRow {
  lotId: string; productId: string; unit: Quantity['unit']; villageId: string | null; producerId: string | null;
  harvestedAmount: number | null; harvestedAt: string | null;
}

// Rows come back as JSON arrays, not objects: no key repeated on each of a deep trace's hundreds of
// links and lots, so less for Postgres to write and for Node to parse.
type LinkTuple = [
  transformationId: string, kind: LinkRow['kind'], process: LinkRow['process'], placeId: string, inputLotId: string, inputProductId: string,
  outputLotId: string, outputProductId: string, takenAmount: number, takenUnit: LinkRow['takenUnit'], madeAmount: number, madeUnit: LinkRow['madeUnit'],
  inputsBaseMilli: number, outputsBaseMilli: number, occurredAt: string, actorId: string | null,
];
type LotTuple = [lotId: string, productId: string, unit: Quantity['unit'], villageId: string | null, producerId: string | null, harvestedAmount: number | null, harvestedAt: string | null];

/** The statement, prepared once per connection (a named statement: no planning per trace). */
function statement(s: string) {
  return {
    name: `tamga.trace-lot-back.${s}`,
    text: `${traceWalkCtes(s, 'upstream')},
     found AS MATERIALIZED (SELECT x.lot_id, x.product_id, x.unit, x.village_id, x.producer_id, x.harvested_amount, x.harvested_at FROM reached r JOIN ${s}.lots x USING (lot_id))
     SELECT
       (SELECT coalesce(json_agg(json_build_array(transformation_id, kind, process, place_id, input_lot_id, input_product_id, output_lot_id, output_product_id,
                                                  taken_amount, taken_unit, made_amount, made_unit, inputs_base_milli, outputs_base_milli, ${utcTimestamp('occurred_at')}, actor_id)), '[]')
          FROM links) AS links,
       (SELECT coalesce(json_agg(r.lot_id ORDER BY r.lot_id), '[]') FROM reached r
         WHERE r.depth >= $2 AND EXISTS (SELECT 1 FROM ${s}.lot_links l WHERE l.output_lot_id = r.lot_id)) AS "stoppedAt",
       (SELECT coalesce(json_agg(json_build_array(lot_id, product_id, unit, village_id, producer_id, harvested_amount, ${utcTimestamp('harvested_at')})), '[]') FROM found) AS lots,
       (SELECT coalesce(json_agg(json_build_array(p.place_id, p.names)), '[]') FROM ${s}.places p WHERE p.place_id IN (SELECT village_id FROM found)) AS villages`,
  };
}

function linkRowOf([transformationId, kind, process, placeId, inputLotId, inputProductId, outputLotId, outputProductId, takenAmount, takenUnit, madeAmount, madeUnit, inputsBaseMilli, outputsBaseMilli, occurredAt, actorId]: LinkTuple): LinkRow {
  return {
    transformationId, kind, process, placeId, inputLotId, inputProductId, outputLotId, outputProductId, takenAmount, takenUnit, madeAmount, madeUnit,
    inputsBaseMilli, outputsBaseMilli, occurredAt: isoFromUtc(occurredAt), actorId,
  };
}

/**
 * Traces a lot back through every transformation, split and merge to its harvests, in one round
 * trip (recursive walk, depth-bounded), then attributes shares in memory (traceLots, linear in
 * the links). Null when no such lot is projected.
 */
export async function traceLotBack(pool: Pool, lotId: string, maxDepth: number, schema = LIVE_READ_MODEL_SCHEMA): Promise<TraceBackView | null> {
  const s = assertSchemaName(schema);
  const { rows } = await pool.query<{ links: LinkTuple[]; stoppedAt: string[]; lots: LotTuple[]; villages: [placeId: string, names: Record<string, string>][] }>({
    ...statement(s),
    values: [lotId, maxDepth],
  });
  const links = rows[0].links.map(linkRowOf);
  const stoppedAt = rows[0].stoppedAt.map((id) => ({ lotId: id }));
  const lots = rows[0].lots.map(([id, productId, unit, villageId, producerId, harvestedAmount, harvestedAt]): LotRow => ({
    lotId: id, productId, unit, villageId, producerId, harvestedAmount, harvestedAt: isoFromUtc(harvestedAt),
  }));
  const byId = new Map(lots.map((l) => [l.lotId, l]));
  const target = byId.get(lotId);
  if (!target) return null;
  const domainLinks = links.map(lotLinkOf);
  const trace = traceLots(lotId, 'upstream', domainLinks);
  const stopped = new Set(stoppedAt.map((x) => x.lotId));
  const makingOf = new Map<string, LinkRow[]>();
  for (const link of links) {
    const making = makingOf.get(link.outputLotId);
    if (making) making.push(link);
    else makingOf.set(link.outputLotId, [link]);
  }
  const takenFrom = new Map(links.map((l) => [l.inputLotId, l]));
  const views = trace.lots.map((traced) => upstreamView(traced, byId.get(traced.lotId), makingOf.get(traced.lotId) ?? [], takenFrom.get(traced.lotId)));
  const origins = views
    .filter((v) => v.origin !== null && !stopped.has(v.lotId))
    .map((v) => (v.lotId === lotId ? { ...v, contributed: v.origin!.harvested } : v))
    .sort((a, b) => b.share - a.share || a.lotId.localeCompare(b.lotId));
  return {
    lotId,
    productId: target.productId,
    ...completenessOf(maxDepth, stoppedAt, trace),
    lots: views,
    origins,
    villages: villageShares(origins, new Map(rows[0].villages)),
    producers: producerShares(origins),
  };
}

/** A traced lot with what its row and links say; `making` are the links into it, `taking` one out of it. */
function upstreamView(traced: TracedLot, lot: LotRow | undefined, making: readonly LinkRow[], taking: LinkRow | undefined): UpstreamLotView {
  const made = making[0];
  return {
    lotId: traced.lotId,
    // A lot linked but not yet projected itself (its partition lags) is still named by its links.
    productId: lot?.productId ?? made?.outputProductId ?? taking?.inputProductId ?? null,
    depth: traced.depth,
    share: roundedShare(traced.share),
    contributed: traced.quantity,
    madeBy: made
      ? { transformationId: made.transformationId, kind: made.kind, process: made.process, placeId: made.placeId, occurredAt: made.occurredAt, inputLotIds: making.map((l) => l.inputLotId).sort() }
      : null,
    origin:
      lot?.villageId && lot.producerId && lot.harvestedAt
        ? { villageId: lot.villageId, producerId: lot.producerId, harvestedAt: lot.harvestedAt, harvested: { amount: Number(lot.harvestedAmount), unit: lot.unit } }
        : null,
  };
}

function villageShares(origins: readonly UpstreamLotView[], names: ReadonlyMap<string, Record<string, string>>): VillageShareView[] {
  const villages = new Map<string, { share: number; producers: Set<string>; contributed: Map<string, Quantity> }>();
  for (const o of origins) {
    const v = villages.get(o.origin!.villageId) ?? { share: 0, producers: new Set<string>(), contributed: new Map<string, Quantity>() };
    v.share += o.share;
    v.producers.add(o.origin!.producerId);
    if (o.contributed && o.productId) {
      const key = `${o.productId}\u0000${o.contributed.unit}`;
      v.contributed.set(key, plus(v.contributed.get(key) ?? null, o.contributed));
    }
    villages.set(o.origin!.villageId, v);
  }
  return [...villages]
    .map(([villageId, v]) => ({
      villageId,
      names: names.get(villageId) ?? null,
      share: roundedShare(v.share),
      producerIds: [...v.producers].sort(),
      contributed: [...v.contributed].map(([key, quantity]) => ({ productId: key.split('\u0000')[0], quantity })).sort((a, b) => a.productId.localeCompare(b.productId)),
    }))
    .sort((a, b) => b.share - a.share || a.villageId.localeCompare(b.villageId));
}

function producerShares(origins: readonly UpstreamLotView[]): TraceBackView['producers'] {
  const producers = new Map<string, { share: number; villages: Set<string> }>();
  for (const o of origins) {
    const p = producers.get(o.origin!.producerId) ?? { share: 0, villages: new Set<string>() };
    p.share += o.share;
    p.villages.add(o.origin!.villageId);
    producers.set(o.origin!.producerId, p);
  }
  return [...producers]
    .map(([producerId, p]) => ({ producerId, villageIds: [...p.villages].sort(), share: roundedShare(p.share) }))
    .sort((a, b) => b.share - a.share || a.producerId.localeCompare(b.producerId));
}

import { Pool } from 'pg';
import { SeededRandom } from '../../apps/cli/src/generate-dataset/seeded-random';
import { datasetIds } from '../../apps/cli/src/generate-dataset/world/dataset-ids';

/** A lot a consumer scans: its Digital Link parts, and what kind of goods it is (the lot id's code). */
export interface PageLot {
  readonly lotId: string;
  readonly gtin: string;
  readonly kind: string;
}

/** What each phase asks for, drawn from the read models, shuffled with a fixed seed. */
export interface Samples {
  /** Packed lots (jars, bars, rugs): the pages consumers open; each measured once. */
  readonly pageLots: readonly PageLot[];
  /** As many others, opened once each before measuring, so the server's code is warm but these pages are not cached. */
  readonly warmupLots: readonly PageLot[];
  /** Others again, opened one at a time: the page's service time without queueing. */
  readonly singleLots: readonly PageLot[];
  readonly cachedLots: readonly PageLot[];
  /** Jam packing lots, 8 generations below the harvests: traced back. */
  readonly deepLots: readonly string[];
  /** Beekeepers' harvests, 8 generations above the jam packing lots: traced forward. */
  readonly harvestLots: readonly string[];
  readonly shipments: readonly string[];
  /** Generations measured on up to 20 lots of each trace sample (longest path). */
  readonly depth: { readonly back: readonly [number, number]; readonly forward: readonly [number, number] };
}

const KIND_NAMES: Record<string, string> = { JP: 'jam', SB: 'honey', SP: 'soap', RG: 'rugs' };

/** Draws the benchmark's lots and shipments from the projected dataset of `seed`. */
export async function drawSamples(pool: Pool, seed: number, sizes: { page: number; single: number; cached: number; trace: number; dossier: number }): Promise<Samples> {
  const ids = datasetIds(seed);
  const random = new SeededRandom(seed * 7919 + 1);
  const packed = await pool.query<{ lot_id: string; gtin: string }>(
    `SELECT l.lot_id, p.gtin FROM read_model.lots l JOIN read_model.products p USING (product_id)
      WHERE l.lot_id IN (SELECT DISTINCT lot_id FROM read_model.lot_events WHERE type = 'lot.packed') AND l.lot_id LIKE $1 ORDER BY l.lot_id`,
    [`${ids.lotPrefix}%`],
  );
  const lots = shuffle(random, packed.rows.map((r) => ({ lotId: r.lot_id, gtin: r.gtin, kind: KIND_NAMES[r.lot_id.slice(ids.lotPrefix.length, ids.lotPrefix.length + 2)] ?? 'other' })));
  // Comb honey harvested (HV), not the comb collections (CM) merged from it, which are comb honey too.
  const harvests = await pool.query<{ lot_id: string }>(`SELECT lot_id FROM read_model.lots WHERE product_id = $1 AND lot_id LIKE $2 ORDER BY lot_id`, [
    ids.id('product', 'comb-honey'),
    `${ids.lotPrefix}HV%`,
  ]);
  const exports = await pool.query<{ id: string }>(`SELECT DISTINCT data->>'shipmentId' AS id FROM read_model.lot_events WHERE type = 'lot.exported' ORDER BY 1`);
  const deepLots = shuffle(random, lots.filter((l) => l.kind === 'jam').map((l) => l.lotId)).slice(0, sizes.trace);
  const harvestLots = shuffle(random, harvests.rows.map((r) => r.lot_id)).slice(0, sizes.trace);
  const need = 2 * sizes.page + sizes.single + sizes.cached;
  if (lots.length < need) throw new Error(`The dataset has ${lots.length} packed lots; the page phases need ${need} (BENCH_PAGE_LOTS, BENCH_PAGE_SINGLE_LOTS, BENCH_CACHED_PAGES)`);
  const at = [sizes.page, 2 * sizes.page, 2 * sizes.page + sizes.single];
  return {
    pageLots: lots.slice(0, at[0]),
    warmupLots: lots.slice(at[0], at[1]),
    singleLots: lots.slice(at[1], at[2]),
    cachedLots: lots.slice(at[2], need),
    deepLots,
    harvestLots,
    shipments: shuffle(random, exports.rows.map((r) => r.id)).slice(0, sizes.dossier),
    depth: { back: await depths(pool, deepLots.slice(0, 20), 'back'), forward: await depths(pool, harvestLots.slice(0, 20), 'forward') },
  };
}

/**
 * The fewest and most generations on the longest path from each lot, walked over the read model's
 * lot_events: back through the inputs of each lot's creating event (version 1), forward through
 * the outputs of the transformations, splits and merges a lot was an input of (its later versions).
 */
async function depths(pool: Pool, lotIds: readonly string[], direction: 'back' | 'forward'): Promise<[number, number]> {
  const step =
    direction === 'back'
      ? `SELECT i->>'lotId', w.depth + 1 FROM walk w JOIN read_model.lot_events e ON e.lot_id = w.lot_id AND e.stream_version = 1
           CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN e.type IN ('lot.transformed', 'lot.split', 'lot.merged') THEN e.data->'inputs' ELSE '[]'::jsonb END) i`
      : `SELECT o->>'lotId', w.depth + 1 FROM walk w JOIN read_model.lot_events e ON e.lot_id = w.lot_id AND e.stream_version > 1
           AND e.type IN ('lot.transformed', 'lot.split', 'lot.merged') CROSS JOIN LATERAL jsonb_array_elements(e.data->'outputs') o`;
  const found: number[] = [];
  for (const lotId of lotIds) {
    const { rows } = await pool.query<{ depth: number }>(
      `WITH RECURSIVE walk(lot_id, depth) AS (SELECT $1::text, 0 UNION ${step} WHERE w.depth < 40) SELECT max(depth)::int AS depth FROM walk`,
      [lotId],
    );
    found.push(rows[0].depth);
  }
  return found.length === 0 ? [0, 0] : [Math.min(...found), Math.max(...found)];
}

function shuffle<T>(random: SeededRandom, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

import { performance } from 'node:perf_hooks';
import { post } from '../support/capture-client';
import { Chain, FlaggedHarvest, OfflineFact } from './chain';
import { Actor, ChainWorld } from './world';

/** The requests of a round, by who sends them: the figures report each one's latency. */
export const REQUESTS = ['harvests', 'coop', 'shop', 'exporter', 'certifier', 'inspector'] as const;
export type RequestName = (typeof REQUESTS)[number];

/** How long each request of a round took to its 201, in ms. */
export type RoundTimings = Record<RequestName, number>;

/**
 * One round of one client: its chains' harvests in one POST /harvests/batch (the cooperative's
 * collection round), then the cooperative's merges, transformations, split, packing, shipments and
 * corrections in one POST /lot-facts/batch, then shop, exporter, certifier and inspector at once,
 * each one POST /lot-facts/batch with its own key: they touch different lots, as independent
 * parties would. Each batch is all or nothing and decided fact by fact, in order.
 */
export async function runRound(captureUrl: string, world: ChainWorld, chains: readonly Chain[]): Promise<RoundTimings> {
  const timings = {} as RoundTimings;
  const send = async (name: RequestName, actor: Actor, path: string, body: unknown): Promise<string> => {
    const sent = performance.now();
    const answer = await post(`${captureUrl}${path}`, actor.apiKey, JSON.stringify(body));
    timings[name] = performance.now() - sent;
    return answer;
  };
  const facts = (list: readonly OfflineFact[]) => ({ facts: list });
  const answer = await send('harvests', world.coop, '/harvests/batch', { harvests: chains.flatMap((c) => c.harvests) });
  const flagged = flaggedHarvests(answer, chains);
  await send('coop', world.coop, '/lot-facts/batch', facts(chains.flatMap((c) => c.coopFacts(flagged.get(c.flaggedLotId)!))));
  await Promise.all([
    send('shop', world.shop, '/lot-facts/batch', facts(chains.flatMap((c) => c.shopFacts))),
    send('exporter', world.exporter, '/lot-facts/batch', facts(chains.flatMap((c) => c.exporterFacts))),
    send('certifier', world.certifier, '/lot-facts/batch', facts(chains.flatMap((c) => c.certifierFacts))),
    send('inspector', world.inspector, '/lot-facts/batch', facts(chains.flatMap((c) => c.inspectorFacts(flagged.get(c.flaggedLotId)!)))),
  ]);
  return timings;
}

/** The harvest and flag event ids of each chain's flagged lot, from the harvest batch's answer. */
function flaggedHarvests(answer: string, chains: readonly Chain[]): Map<string, FlaggedHarvest> {
  const { recorded } = JSON.parse(answer) as { recorded: { lotId: string; eventId: string; type: string }[] };
  const wanted = new Set(chains.map((c) => c.flaggedLotId));
  const found = new Map<string, { harvestEventId?: string; flagEventId?: string }>();
  for (const e of recorded) {
    if (!wanted.has(e.lotId)) continue;
    const ids = found.get(e.lotId) ?? {};
    if (e.type === 'lot.harvested') ids.harvestEventId = e.eventId;
    if (e.type === 'lot.flagged') ids.flagEventId = e.eventId;
    found.set(e.lotId, ids);
  }
  const result = new Map<string, FlaggedHarvest>();
  for (const lotId of wanted) {
    const ids = found.get(lotId);
    if (!ids?.harvestEventId || !ids.flagEventId) throw new Error(`The harvest answer has no harvest and flag event for ${lotId}: is the origin rule still flagging it?`);
    result.set(lotId, { harvestEventId: ids.harvestEventId, flagEventId: ids.flagEventId });
  }
  return result;
}

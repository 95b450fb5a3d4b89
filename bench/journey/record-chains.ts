import { phasePrefix } from '../support/harvests';
import { Chain, chainOf } from './chain';
import { REQUESTS, RequestName, runRound } from './round';
import { ChainWorld } from './world';

/** The chains of a phase, per client, and what they will record (the read model confirms it after). */
export interface ChainsPlan {
  readonly perClient: readonly { readonly world: ChainWorld; readonly chains: readonly Chain[] }[];
  readonly chains: number;
  readonly events: number;
  readonly facts: number;
  readonly factsByKind: Readonly<Record<string, number>>;
  /** The input count of every merge and transformation. */
  readonly multiInputs: readonly number[];
  /** Every lot id of the phase starts with this. */
  readonly lotPrefix: string;
}

/** Every request's time to its 201, by request. */
export type RequestTimes = Readonly<Record<RequestName, number[]>>;

/** Fact times count from 120 days ago (UTC midnight): the chain's last fact is 40 days after it. */
export function journeyDay0(): Date {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return new Date(today - 120 * 86_400_000);
}

/**
 * `total` chains shared out among the clients. Lot ids: `phasePrefix(run, phase)` + client (base
 * 36) + chain (4 digits) + a tag of up to 3 characters.
 */
export function planChains(worlds: readonly ChainWorld[], run: string, phase: string, total: number): ChainsPlan {
  const lotPrefix = phasePrefix(run, phase);
  const day0 = journeyDay0();
  const perClient = worlds.map((world) => {
    const count = Math.floor(total / worlds.length) + (world.client < total % worlds.length ? 1 : 0);
    const base = `${lotPrefix}${world.client.toString(36)}`;
    return { world, chains: Array.from({ length: count }, (_, n) => chainOf(world, `${base}${String(n).padStart(4, '0')}`, n, day0)) };
  });
  const all = perClient.flatMap((p) => p.chains);
  const factsByKind: Record<string, number> = {};
  for (const chain of all) for (const [kind, n] of Object.entries(chain.factsByKind)) factsByKind[kind] = (factsByKind[kind] ?? 0) + n;
  return {
    perClient,
    chains: all.length,
    events: all.reduce((s, c) => s + c.events, 0),
    facts: Object.values(factsByKind).reduce((s, n) => s + n, 0),
    factsByKind,
    multiInputs: all.flatMap((c) => c.multiInputs),
    lotPrefix,
  };
}

/**
 * Records a plan: each client its chains, round after round (`perRound` chains a round), while the
 * others do the same, so as many rounds are in flight as there are clients.
 */
export async function recordChains(captureUrl: string, plan: ChainsPlan, perRound: number): Promise<RequestTimes> {
  const requestMs = Object.fromEntries(REQUESTS.map((r) => [r, [] as number[]])) as Record<RequestName, number[]>;
  let failure: unknown = null;
  await Promise.all(
    plan.perClient.map(async ({ world, chains }) => {
      for (let i = 0; i < chains.length && !failure; i += perRound) {
        try {
          const timings = await runRound(captureUrl, world, chains.slice(i, i + perRound));
          for (const r of REQUESTS) requestMs[r].push(timings[r]);
        } catch (error) {
          failure ??= error;
        }
      }
    }),
  );
  if (failure) throw failure;
  return requestMs;
}

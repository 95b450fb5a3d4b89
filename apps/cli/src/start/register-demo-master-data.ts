import { DemoRequestRefused, expectDemoAnswer } from './demo-client';
import { DemoSeason } from './demo-season/season';

/** What registering the season's master data did. */
export interface MasterDataOutcome {
  readonly registered: number;
  readonly alreadyThere: number;
  /** Parties this load registered: only they get the demo's personal details (see below). */
  readonly newPartyIds: ReadonlySet<string>;
}

/** The Idempotency-Key of a demo request: stable across loads, so a second load replays the first answers. */
export const demoIdempotencyKey = (name: string) => `tamga-demo-2026/${name}`;

// A record registered by other means (another tool, an older load under other keys) is refused as
// taken: present is all the demo needs. Any other refusal is a bug in the demo data.
const TAKEN = /\.ALREADY_EXISTS$|^SPECIALISATION\.ALREADY_REGISTERED$/;

/**
 * Registers the season's places, products, parties, schemes and village specialisations with the
 * admin's key, each only when absent: every request carries an Idempotency-Key derived from the
 * record's id, so a second load is answered from the first (Idempotent-Replayed) and appends nothing.
 * Runs in reference order (parents, inputs and issuers first); independent records in parallel.
 */
export async function registerDemoMasterData(captureUrl: string, adminKey: string, season: DemoSeason): Promise<MasterDataOutcome> {
  let registered = 0;
  let alreadyThere = 0;
  const newPartyIds = new Set<string>();
  const register = async (name: string, path: string, body: unknown): Promise<boolean> => {
    const answer = await expectDemoAnswer(captureUrl, name, { method: 'POST', path, apiKey: adminKey, idempotencyKey: demoIdempotencyKey(name), body }, [201, 409]);
    if (answer.status === 409 && !TAKEN.test(answer.body?.code ?? '')) throw new DemoRequestRefused(`${name} (POST ${path})`, 409, answer.body);
    const isNew = answer.status === 201 && !answer.replayed;
    if (isNew) registered++;
    else alreadyThere++;
    return isNew;
  };
  // A place names its parent, which must be registered first: one at a time, in the data's order.
  for (const place of season.places) await register(`place/${place.placeId}`, '/places', place);
  for (const product of season.products) await register(`product/${product.productId}`, '/products', product);
  await Promise.all(
    season.parties.map(async (party) => {
      if (await register(`party/${party.partyId}`, '/parties', party)) newPartyIds.add(party.partyId);
    }),
  );
  await Promise.all(season.schemes.map((scheme) => register(`scheme/${scheme.schemeId}`, '/schemes', scheme)));
  // Two specialisations of one village share its stream; one at a time keeps the log's order the data's.
  for (const { villageId, ...specialisation } of season.specialisations) {
    await register(`specialisation/${villageId}/${specialisation.productId}`, `/villages/${villageId}/specialisations`, specialisation);
  }
  return { registered, alreadyThere, newPartyIds };
}

/**
 * Records the personal details of the parties this load registered, through the personal-details
 * endpoint only: they are never part of an event. Parties registered by an earlier load are left
 * alone, so details a user erased (DELETE, the right to erasure) stay erased on the next start.
 */
export async function recordDemoPersonalDetails(captureUrl: string, adminKey: string, season: DemoSeason, newPartyIds: ReadonlySet<string>): Promise<number> {
  const details = season.personalDetails.filter((d) => newPartyIds.has(d.partyId));
  await Promise.all(
    details.map(({ partyId, ...person }) =>
      expectDemoAnswer(captureUrl, `personal-details/${partyId}`, { method: 'PUT', path: `/parties/${partyId}/personal-details`, apiKey: adminKey, body: person }, [200]),
    ),
  );
  return details.length;
}

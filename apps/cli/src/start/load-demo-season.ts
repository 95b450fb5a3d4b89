import { awaitDemoProjection } from './await-demo-projection';
import { DemoKeysFile, readDemoKeys, writeDemoKeys } from './demo-keys';
import { DEMO_SEASON, DemoSeason } from './demo-season/season';
import { ensureDemoAdminKey, ensureDemoPartyKeys } from './ensure-demo-keys';
import { ensureDemoSigningKey } from './ensure-demo-signing-key';
import { recordDemoFacts } from './record-demo-facts';
import { recordDemoPersonalDetails, registerDemoMasterData } from './register-demo-master-data';

/** Where to load the demo season, and where its keys are kept. */
export interface DemoSeasonTarget {
  readonly captureUrl: string;
  readonly provenanceUrl: string;
  /** For the admin's first key, issued straight from the event store as `tamga admin-key` does. */
  readonly databaseUrl: string;
  readonly keysFile: string;
}

/** What a load did: everything zero but `alreadyThere` and `reused` on a second load of the same data. */
export interface DemoSeasonReport {
  readonly villages: number;
  readonly producers: number;
  readonly masterData: { readonly registered: number; readonly alreadyThere: number };
  readonly personalDetails: number;
  readonly facts: { readonly recorded: number; readonly alreadyThere: number };
  readonly lots: number;
  readonly keys: { readonly issued: number; readonly reused: number; readonly file: DemoKeysFile };
  readonly milliseconds: number;
}

/**
 * Records the demo season through the capture API, as any client would: master data with the
 * admin's key, then every fact with its own party's key, each request under an Idempotency-Key
 * derived from a stable name so that loading again records nothing; then waits until the
 * provenance API shows every lot. Keys are reused from the keys file while they verify, issued
 * otherwise, and written back to it. A refused request stops the load with its problem+json.
 */
export async function loadDemoSeason(target: DemoSeasonTarget, season: DemoSeason = DEMO_SEASON): Promise<DemoSeasonReport> {
  const started = Date.now();
  const known = readDemoKeys(target.keysFile);
  const admin = await ensureDemoAdminKey(target.captureUrl, target.databaseUrl, known);
  const masterData = await registerDemoMasterData(target.captureUrl, admin.key.apiKey, season);
  const personalDetails = await recordDemoPersonalDetails(target.captureUrl, admin.key.apiKey, season, masterData.newPartyIds);
  const partyKeys = await ensureDemoPartyKeys(target.captureUrl, admin, season, known);
  // Each field device signs its facts with its own Ed25519 key; every other party's are server-signed.
  const parties = new Map(partyKeys.parties);
  for (const partyId of Object.keys(season.fieldDevices)) {
    const key = parties.get(partyId)!;
    const { signingKey } = await ensureDemoSigningKey(target.captureUrl, key, known.find((k) => k.partyId === partyId)?.signingKey);
    parties.set(partyId, { ...key, signingKey });
  }
  const keys = { ...partyKeys, parties };
  const file: DemoKeysFile = {
    about: 'API keys of the demo season\'s parties, written by `npm start`. Local demo only: git-ignored, readable by you alone. Send one as "Authorization: Bearer <apiKey>" to the capture API. A field device\'s signingKey (Ed25519, base64url) signs its facts: Tamga-Signature: <keyId>:<signature>.',
    captureUrl: target.captureUrl,
    provenanceUrl: target.provenanceUrl,
    keys: [keys.admin, ...keys.parties.values()],
  };
  // Written before the facts: if one is refused, the keys issued so far are not lost with the error.
  writeDemoKeys(target.keysFile, file);
  const facts = await recordDemoFacts(target.captureUrl, season.facts, keys.parties);
  await awaitDemoProjection(target.provenanceUrl, facts.lotVersions);
  return {
    villages: season.places.filter((p) => p.kind === 'village').length,
    producers: season.parties.filter((p) => p.partyId.startsWith('producer:')).length,
    masterData: { registered: masterData.registered, alreadyThere: masterData.alreadyThere },
    personalDetails,
    facts: { recorded: facts.recorded, alreadyThere: facts.alreadyThere },
    lots: facts.lotVersions.size,
    keys: { issued: keys.issued, reused: keys.reused, file },
    milliseconds: Date.now() - started,
  };
}

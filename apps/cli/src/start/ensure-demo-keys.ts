import { DEFAULT_ADMIN_PARTY_ID } from '#tamga/api-keys';
import { ensureAdminKey } from '../admin-key/ensure-admin-key';
import { expectDemoAnswer } from './demo-client';
import { DemoKey, verifyDemoKey } from './demo-keys';
import { DemoSeason } from './demo-season/season';

/** The label of every key the demo issues: what it is for, never whose (ADR 0008). */
const DEMO_KEY_LABEL = 'demo-season';

/** Keys the demo holds, and how many it had to issue. */
export interface DemoKeys {
  readonly admin: DemoKey;
  readonly parties: ReadonlyMap<string, DemoKey>;
  readonly issued: number;
  readonly reused: number;
}

/**
 * The admin's key: the one from the keys file if it still verifies as an admin's, else a new one
 * straight from the event store (registering admin:tamga if absent), as `tamga admin-key` does.
 * Reusing matters: a key is shown once, and every new one is an event in the log.
 */
export async function ensureDemoAdminKey(captureUrl: string, databaseUrl: string, known: readonly DemoKey[]): Promise<{ key: DemoKey; issued: boolean }> {
  const previous = known.find((k) => k.partyId === DEFAULT_ADMIN_PARTY_ID);
  if (previous && (await verifyDemoKey(captureUrl, previous.apiKey)) === 'admin') return { key: previous, issued: false };
  const issued = await ensureAdminKey(databaseUrl, { label: DEMO_KEY_LABEL });
  return { key: { partyId: issued.partyId, roles: ['admin'], keyId: issued.keyId, apiKey: issued.apiKey }, issued: true };
}

/**
 * One key per demo party (a field device's party gets its device's key): the keys file's if it
 * still verifies, else a new one from POST /api-keys with the admin's key. Parties must be
 * registered first: a key is issued only to a registered party.
 */
export async function ensureDemoPartyKeys(
  captureUrl: string,
  admin: { key: DemoKey; issued: boolean },
  season: DemoSeason,
  known: readonly DemoKey[],
): Promise<DemoKeys> {
  let issued = admin.issued ? 1 : 0;
  const keys = await Promise.all(
    season.parties.map(async (party): Promise<DemoKey> => {
      const deviceId = season.fieldDevices[party.partyId];
      const previous = known.find((k) => k.partyId === party.partyId && k.deviceId === deviceId);
      if (previous && (await verifyDemoKey(captureUrl, previous.apiKey)) === 'party') return { ...previous, roles: party.kinds };
      const answer = await expectDemoAnswer(
        captureUrl,
        `api-key/${party.partyId}`,
        { method: 'POST', path: '/api-keys', apiKey: admin.key.apiKey, body: { partyId: party.partyId, label: DEMO_KEY_LABEL, ...(deviceId && { deviceId }) } },
        [201],
      );
      issued++;
      return { partyId: party.partyId, roles: party.kinds, keyId: answer.body.keyId, apiKey: answer.body.apiKey, ...(deviceId && { deviceId }) };
    }),
  );
  const parties = new Map(keys.map((k) => [k.partyId, k]));
  return { admin: admin.key, parties, issued, reused: keys.length + 1 - issued };
}

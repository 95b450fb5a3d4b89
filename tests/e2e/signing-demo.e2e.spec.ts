import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { signingPayload, verifySignatureSync } from '#tamga/integrity';
import { loadDemoSeason } from '../../apps/cli/src/start/load-demo-season';
import { DEMO_SEASON } from '../../apps/cli/src/start/demo-season/season';
import { useOwnTamga } from '../support/use-own-tamga';

const TABLET_PARTY = 'group:ananyevo-berry-growers';
const TABLET_LOTS = ['ANV-SBT-26-001', 'ANV-SBT-26-002', 'ANV-SBT-26-003'];

/** The payload a stored lot fact's signature is over, from the stored row alone (ADR 0016). */
const payloadOf = (e: StoredEvent) =>
  signingPayload({ type: e.type, streamIds: Object.keys(e.seal!.previous), occurredAt: e.occurredAt, actorId: e.actorId, epcisHashes: e.seal!.epcisHashes });

/** `npm start`'s demo season: one co-operative's field tablet signs its facts with its own key, every other party is server-signed. */
describe('the demo season signs as a field device would', () => {
  const own = useOwnTamga();
  const keysDir = mkdtempSync(join(tmpdir(), 'tamga-demo-signing-'));
  const keysFile = join(keysDir, 'demo-keys.json');
  const load = () => loadDemoSeason({ captureUrl: own.tamga.captureUrl, provenanceUrl: own.tamga.provenanceUrl, databaseUrl: own.databaseUrl, keysFile });
  beforeAll(() => load(), 60_000);
  afterAll(() => rmSync(keysDir, { recursive: true, force: true }));

  it('records the tablet\'s offline harvests signed by its device key, kept with its private half in the keys file', async () => {
    const file = JSON.parse(readFileSync(keysFile, 'utf8'));
    const tablet = file.keys.find((k: { partyId: string }) => k.partyId === TABLET_PARTY);
    expect(tablet.signingKey).toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{16}$/), device: 'ananyevo-tablet-1' });
    expect(file.keys.filter((k: { signingKey?: unknown }) => k.signingKey)).toHaveLength(1);
    const store = new PostgresEventStore(own.pool);
    for (const lotId of TABLET_LOTS) {
      const [harvest] = await store.readStream(lotId);
      expect(harvest.seal!.signature).toMatchObject({ keyId: tablet.signingKey.keyId, by: 'device' });
      expect(verifySignatureSync(tablet.signingKey.publicKey, payloadOf(harvest), harvest.seal!.signature.value)).toBe(true);
    }
  });

  it('signs every other party\'s facts as the server, and seals every event', async () => {
    const { rows } = await own.pool.query<{ by: string; n: number }>(
      `SELECT seal->'signature'->>'by' AS by, count(*)::int AS n FROM event_store.events
        WHERE actor_id IS DISTINCT FROM $1 OR stream_id LIKE 'party/%' GROUP BY 1 ORDER BY 1`,
      [TABLET_PARTY],
    );
    expect(rows).toEqual([{ by: 'server', n: expect.any(Number) }]);
  });

  it('loads again without a new event: the key is reused, the upload recognised', async () => {
    const before = (await own.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n;
    const again = await load();
    expect(again.facts).toEqual({ recorded: 0, alreadyThere: DEMO_SEASON.facts.length });
    expect((await own.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n).toBe(before);
  }, 40_000);
});

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoSeasonReport, loadDemoSeason } from '../../apps/cli/src/start/load-demo-season';
import { DEMO_SEASON, lotIdsOf } from '../../apps/cli/src/start/demo-season/season';
import { sell } from '../../apps/cli/src/start/demo-season/facts';
import { eventually, jsonOf } from '../support/test-infrastructure';
import { useOwnTamga } from '../support/use-own-tamga';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The season `npm start` loads, recorded through the capture API into a Tamga of its own (the demo
 * uses fixed ids, and this file counts every event in the log), then read back the way a newcomer
 * would: through the provenance API, after projection.
 */
describe('the demo season npm start loads', () => {
  const own = useOwnTamga();
  const keysDir = mkdtempSync(join(tmpdir(), 'tamga-demo-keys-'));
  const keysFile = join(keysDir, 'demo-keys.json');
  const lotIds = lotIdsOf(DEMO_SEASON.facts);
  let first: DemoSeasonReport;
  let lots: Map<string, Json>;
  const load = (season = DEMO_SEASON) =>
    loadDemoSeason({ captureUrl: own.tamga.captureUrl, provenanceUrl: own.tamga.provenanceUrl, databaseUrl: own.databaseUrl, keysFile }, season);
  const provenance = async (path: string) => {
    const response = await fetch(`${own.tamga.provenanceUrl}${path}`);
    return { status: response.status, body: await jsonOf(response) };
  };
  const eventCount = async () => (await own.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n as number;
  const events = (type: string) => [...lots.values()].flatMap((lot) => lot.events.filter((e: Json) => e.type === type));
  /** The villages a lot's goods were harvested in, following every input back to its harvest. */
  const villagesUpstream = (lotId: string): string[] => {
    const lot = lots.get(lotId);
    if (lot.origin) return [lot.origin.villageId];
    const made = lot.events[0].data;
    return [...new Set<string>(made.inputs.flatMap((input: Json) => villagesUpstream(input.lotId)))].sort();
  };

  beforeAll(async () => {
    first = await load();
    lots = new Map();
    for (const lotId of lotIds) lots.set(lotId, (await provenance(`/lots/${lotId}`)).body);
  }, 60_000);
  afterAll(() => rmSync(keysDir, { recursive: true, force: true }));

  it('records every fact of the season, each a new event, and every lot reaches the provenance API', () => {
    expect(first.facts).toEqual({ recorded: DEMO_SEASON.facts.length, alreadyThere: 0 });
    expect(first.personalDetails).toBe(DEMO_SEASON.personalDetails.length);
    expect(first.lots).toBe(lotIds.length);
    for (const [lotId, lot] of lots) expect({ lotId, version: lot.version > 0 }).toEqual({ lotId, version: true });
  });

  it('shows at least 5 Issyk-Kul villages and at least 20 producers on the provenance API', async () => {
    const villages = await eventually(async () => {
      const { body } = await provenance('/places?kind=village&limit=500');
      return body.items.length === DEMO_SEASON.places.filter((p) => p.kind === 'village').length ? body.items : undefined;
    }, 15_000, 'the demo villages in the read model');
    const district = (id: string) => DEMO_SEASON.places.find((p) => p.placeId === id)?.parentId;
    const issykKul = villages.filter((v: Json) => district(v.parentId) === 'region:issyk-kul');
    expect(issykKul.length).toBeGreaterThanOrEqual(5);
    const { body: producers } = await provenance('/parties?kind=producer&limit=500');
    expect(producers.items.filter((p: Json) => p.partyId.startsWith('producer:')).length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['product:white-sainfoin-honey', 'extraction', ['village:barskoon'], ['village:tamga', 'village:tosor']],
    ['product:sea-buckthorn-jam', 'cooking', ['village:ak-suu', 'village:ananyevo', 'village:kaindy']],
    ['product:shakar-soap', 'soap-making', ['village:kyzyl-suu', 'village:tamga', 'village:tosor', 'village:tup']],
    ['product:shyrdak-rug', 'felting', ['village:bokonbaevo', 'village:jeti-oguz']],
  ])('makes %s by %s from lots traced back to village harvests', (productId, process, ...expectedOrigins) => {
    const made = [...lots.values()].filter((lot) => lot.productId === productId);
    expect(made.length).toBeGreaterThan(0);
    for (const lot of made) {
      expect(lot.origin).toBeNull();
      expect(lot.events[0]).toMatchObject({ type: 'lot.transformed', data: { process } });
    }
    expect(made.map((lot) => villagesUpstream(lot.lotId))).toEqual(expect.arrayContaining(expectedOrigins));
    // Three or more inputs where they come together naturally: every product here has such a batch.
    expect(Math.max(...made.map((lot) => lot.events[0].data.inputs.length))).toBeGreaterThanOrEqual(3);
  });

  it('exports to Japan, China, the USA and Kazakhstan, each with its customs papers and HS code', () => {
    const exports = events('lot.exported').map((e) => e.data);
    expect(exports.map((e) => e.destinationCountry).sort()).toEqual(['CN', 'JP', 'KZ', 'US']);
    for (const e of exports) {
      expect(e).toMatchObject({ customsDeclaration: expect.any(String), certificateOfOrigin: expect.any(String), hsCode: expect.stringMatching(/^\d{6,10}$/) });
      expect(e.buyer.country).toBe(e.destinationCountry);
    }
  });

  it('has exactly one recall and exactly one correction, and the corrected harvest reads corrected', () => {
    expect([...lots.values()].filter((lot) => lot.recallId !== null).map((lot) => lot.lotId)).toEqual(['KRK-SOA-26-001']);
    expect(events('lot.recalled')).toHaveLength(1);
    expect(events('lot.corrected')).toHaveLength(1);
    expect(lots.get('KZS-SBT-26-001').origin.harvested.amount).toBe(125);
  });

  it('flags the one harvest of a product its village is not registered for', () => {
    const flagged = [...lots.values()].filter((lot) => lot.openFlags.length > 0);
    expect(flagged.map((lot) => lot.lotId)).toEqual(['JOZ-SBT-26-001']);
    expect(flagged[0].openFlags[0]).toMatchObject({ flag: 'origin-not-registered', villageId: 'village:jeti-oguz' });
  });

  it('holds the honey that failed its lab test until the inspector releases it, and ends two certificates', () => {
    const barskoon = lots.get('BSK-HNY-26-001');
    expect(barskoon.events.filter((e: Json) => e.type === 'lot.inspected').map((e: Json) => e.data.outcome)).toEqual(['failed', 'passed']);
    expect(barskoon.events.map((e: Json) => e.type)).toEqual(expect.arrayContaining(['lot.held', 'lot.released']));
    expect(barskoon.held).toBe(false);
    expect(barskoon.certificates).toEqual([expect.objectContaining({ certificateId: 'ORG-2026-0118', status: 'revoked' })]);
    expect(lots.get('TMG-HNY-26-001').certificates).toEqual(
      expect.arrayContaining([expect.objectContaining({ certificateId: 'ORG-2026-0117', status: 'expired' })]),
    );
  });

  it('takes the Ananyevo field tablet\'s offline upload as the group\'s, for its members', () => {
    for (const n of [1, 2, 3]) {
      const harvest = lots.get(`ANV-SBT-26-00${n}`).events[0];
      expect(harvest).toMatchObject({ type: 'lot.harvested', actorId: 'group:ananyevo-berry-growers', data: { producerId: `producer:ananyevo-${n}` } });
    }
  });

  it('keeps every person\'s name and phone out of the event log', async () => {
    const { rows } = await own.pool.query(
      `SELECT count(*)::int AS n FROM event_store.events WHERE data::text LIKE '%(демо)%' OR data::text LIKE '%+996000%' OR data::text LIKE '%Тамгаева%'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('writes a key per party to the keys file, readable by its owner only, each key accepted by the capture API', async () => {
    const file = JSON.parse(readFileSync(keysFile, 'utf8'));
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);
    expect(file.keys.map((k: Json) => k.partyId).sort()).toEqual(['admin:tamga', ...DEMO_SEASON.parties.map((p) => p.partyId)].sort());
    const admin = file.keys.find((k: Json) => k.partyId === 'admin:tamga');
    const listed = await fetch(`${own.tamga.captureUrl}/api-keys`, { headers: { Authorization: `Bearer ${admin.apiKey}` } });
    expect(listed.status).toBe(200);
    const { apiKeys } = await jsonOf(listed);
    const unrevoked = new Set(apiKeys.filter((k: Json) => k.status === 'active').map((k: Json) => k.keyId));
    for (const key of file.keys) expect({ partyId: key.partyId, live: unrevoked.has(key.keyId) }).toEqual({ partyId: key.partyId, live: true });
  });

  it('loads again without adding a single event, and says so; a key that no longer verifies is issued again', async () => {
    const before = await eventCount();
    const again = await load();
    expect(again.facts).toEqual({ recorded: 0, alreadyThere: DEMO_SEASON.facts.length });
    expect(again.masterData.registered).toBe(0);
    expect(again.personalDetails).toBe(0);
    expect(again.keys).toMatchObject({ issued: 0, reused: DEMO_SEASON.parties.length + 1 });
    expect(await eventCount()).toBe(before);

    const file = JSON.parse(readFileSync(keysFile, 'utf8'));
    const shop = file.keys.find((k: Json) => k.partyId === 'association:ovop-issyk-kul');
    const admin = file.keys.find((k: Json) => k.partyId === 'admin:tamga');
    const revoked = await fetch(`${own.tamga.captureUrl}/api-keys/${shop.keyId}/revoke`, {
      method: 'POST', headers: { Authorization: `Bearer ${admin.apiKey}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: 'rotated' }),
    });
    expect(revoked.status).toBe(200);
    const third = await load();
    expect(third.keys).toMatchObject({ issued: 1, reused: DEMO_SEASON.parties.length });
    const rewritten = JSON.parse(readFileSync(keysFile, 'utf8'));
    expect(rewritten.keys.find((k: Json) => k.partyId === shop.partyId).keyId).not.toBe(shop.keyId);
    expect(third.facts.recorded).toBe(0);
  }, 40_000);

  it('stops at a refused fact with its problem+json, and records nothing of it', async () => {
    const before = await eventCount();
    const soldAfterRecall = sell('test/sale-of-recalled-soap', 'association:ovop-issyk-kul', 'KRK-SOA-26-001', {
      saleId: 'SALE-SOA-1120', shopPlaceId: 'shop:ovop-bishkek', serials: ['S-0021'], soldAt: '2026-11-20T12:00:00+06:00',
    });
    const refused = load({ ...DEMO_SEASON, facts: [...DEMO_SEASON.facts, soldAfterRecall] });
    await expect(refused).rejects.toMatchObject({ status: 409, problem: { code: 'LIFECYCLE.RECALLED', errors: [{ rule: 'not-recalled' }] } });
    await expect(refused).rejects.toThrow(/test\/sale-of-recalled-soap[\s\S]*LIFECYCLE\.RECALLED/);
    expect(await eventCount()).toBe(before);
  }, 20_000);
});

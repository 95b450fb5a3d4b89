import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type EpcisEvent, documentEventsOf, hashEpcisDocument, loadEpcisSchemaValidator, resolveEpcisSchemaDir } from '#tamga/epcis';
import { PostgresEventStore } from '#tamga/event-store';
import { writeEpcisExport } from '../../../apps/cli/src/epcis-export/write-epcis-export';
import { inMemoryContext, journeyEnvelopes } from '../../../libs/epcis/src/rendering/testing/journey-envelopes.testing';
import type { LotJourney } from '../../../libs/epcis/src/rendering/testing/lot-journey.testing';
import { exportDatabase, recordJourney } from './journey-in-postgres';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'tamga.js');
const SCHEMA_DIR = resolveEpcisSchemaDir(ROOT);

/** Runs the built `tamga epcis-export` against a database. */
const exportCli = (databaseUrl: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [CLI, 'epcis-export', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
  });
const withoutRecordTime = (events: readonly EpcisEvent[]) => events.map(({ recordTime: _recorded, ...rest }) => rest);
const eventsOf = (stdout: string): EpcisEvent[] => JSON.parse(stdout).epcisBody.eventList;

describe('npx tamga epcis-export (real Postgres)', () => {
  if (!existsSync(SCHEMA_DIR)) {
    // The command validates before it prints, so without the GS1 schema it prints nothing.
    it(`stands aside: no GS1 EPCIS schema at ${SCHEMA_DIR}`, () => {
      console.warn(`The GS1 EPCIS 2.0 JSON Schema is absent (${SCHEMA_DIR}); the epcis-export integration suite stands aside.`);
      expect(existsSync(SCHEMA_DIR)).toBe(false);
    });
    return;
  }
  const validator = loadEpcisSchemaValidator(SCHEMA_DIR);
  let db: Awaited<ReturnType<typeof exportDatabase>>;
  let journey: LotJourney;
  /** The journey rendered in memory, from the same facts: what the export must print, recordTimes aside. */
  let expected: EpcisEvent[];
  beforeAll(async () => {
    db = await exportDatabase();
    journey = await recordJourney(db.pool);
    const envelopes = journeyEnvelopes(journey);
    expected = documentEventsOf(envelopes, inMemoryContext(envelopes, journey.masterData));
  }, 60_000);
  afterAll(() => db?.drop());

  it('prints a valid EPCIS 2.0 document of every recorded fact, each once, in log order', () => {
    const result = exportCli(db.url);
    expect(result.stderr).toMatch(/Exported 24 EPCIS event\(s\); the document validates/);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(validator.validate(document)).toEqual({ valid: true, errors: [] });
    expect(document).toMatchObject({ type: 'EPCISDocument', schemaVersion: '2.0', '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { tamga: 'urn:tamga:epcis:' }] });
    const events = eventsOf(result.stdout);
    // 22 facts, the 3 multi-lot ones stored 3 times each, one correction rendering as 2 events.
    expect(events).toHaveLength(journey.facts.length + 1);
    expect(withoutRecordTime(events)).toEqual(withoutRecordTime(expected));
    expect(hashEpcisDocument(document)).toEqual(events.map((e) => e.eventID));
  });

  it('--lot prints only the lot\'s trace: its events and those of the lots it was made from', () => {
    const result = exportCli(db.url, ['--lot', journey.lot.jars]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(validator.validate(document)).toEqual({ valid: true, errors: [] });
    const traced = [journey.lot.jars, journey.lot.honey, journey.lot.pool, journey.lot.combA, journey.lot.combB];
    const envelopes = journeyEnvelopes(journey).filter((e) => traced.includes(e.streamId));
    const trace = documentEventsOf(envelopes, inMemoryContext(journeyEnvelopes(journey), journey.masterData));
    const events = eventsOf(result.stdout);
    expect(withoutRecordTime(events)).toEqual(withoutRecordTime(trace));
    // Both harvests and the three multi-lot facts, once each; the sibling H2's hold and export and the wax's recall, not at all.
    const harvested = events.map((e) => (e.ilmd as Record<string, string> | undefined)?.['cbvmda:harvestStartDate'] && (e.ilmd as Record<string, string>)['cbvmda:lotNumber']);
    expect(new Set(harvested.filter(Boolean))).toEqual(new Set([journey.lot.combA, journey.lot.combB]));
    expect(events.filter((e) => e.type === 'TransformationEvent')).toHaveLength(3);
    expect(events.some((e) => e['tamga:holdId'] !== undefined || e['tamga:destinationCountry'] !== undefined)).toBe(false);
    expect(events.some((e) => e['tamga:recallId'] === `${journey.tag}-recall-1`)).toBe(false);
    expect(events.some((e) => e['tamga:recallId'] === `${journey.tag}-recall-2`)).toBe(true);
  });

  it('gives the same events read in batches of 2 as in one batch (copies straddling batches, lots met earlier)', async () => {
    const collect = async (batchSize: number) => {
      let text = '';
      const out = new Writable({ write: (chunk, _enc, done) => { text += chunk; done(); } });
      await writeEpcisExport(db.pool, validator, out, undefined, batchSize);
      return eventsOf(text);
    };
    const [small, whole] = [await collect(2), await collect(500)];
    expect(small).toEqual(whole);
    expect(small).toHaveLength(journey.facts.length + 1);
  });

  it('refuses an unknown lot, printing nothing', () => {
    const result = exportCli(db.url, ['--lot', 'NO-SUCH-LOT']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Lot NO-SUCH-LOT is unknown/);
  });

  it('says how to use it on bad arguments, and why it stops when the GS1 schema is missing', () => {
    const usage = exportCli(db.url, ['--lot']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage: tamga epcis-export \[--lot LOT_ID\]/);
    const absent = join(tmpdir(), `tamga-no-schema-${process.pid}`);
    const noSchema = exportCli(db.url, [], { EPCIS_SCHEMA_DIR: absent });
    expect(noSchema.status).toBe(1);
    expect(noSchema.stdout).toBe('');
    expect(noSchema.stderr).toContain(`${absent} does not exist`);
  });

  it('prints nothing and exits 1 when the document does not validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tamga-strict-schema-'));
    try {
      // A stand-in schema that refuses any event carrying an eventID, to see the refusal path end to end.
      const draft07 = 'http://json-schema.org/draft-07/schema#';
      const strict = { properties: { epcisBody: { properties: { eventList: { items: { not: { required: ['eventID'] } } } } } } };
      writeFileSync(join(dir, 'EPCIS-JSON-Schema.json'), JSON.stringify({ $id: 'https://example.test/EPCIS-JSON-Schema.json', $schema: draft07, ...strict }));
      writeFileSync(join(dir, 'EPCIS-Document-JSON-Schema.json'), JSON.stringify({ $id: 'https://example.test/EPCIS-Document-JSON-Schema.json', $schema: draft07 }));
      const result = exportCli(db.url, [], { EPCIS_SCHEMA_DIR: dir });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/does not validate against the GS1 EPCIS 2.0 JSON Schema .*nothing was printed/);
      expect(result.stderr).toMatch(/event 0 \(ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints nothing and exits 1, naming the event, when a recorded event cannot be rendered', async () => {
    const lotId = `${journey.tag}-BAD`;
    const harvest = journey.facts[0].event;
    const eventId = randomUUID();
    await new PostgresEventStore(db.pool).append(
      [{ streamId: lotId, expectedVersion: 0, events: [{ eventId, type: 'lot.harvested', schemaVersion: 1, occurredAt: '2026-07-30T09:00:00+06:00', data: { ...harvest.data, lotId, productId: 'product:never-registered' } }] }],
      { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) },
    );
    for (const args of [['--lot', lotId], []]) {
      const result = exportCli(db.url, args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Cannot render event ${eventId} (lot.harvested) of lot ${lotId}: product product:never-registered is not in the master data`);
    }
  });
});

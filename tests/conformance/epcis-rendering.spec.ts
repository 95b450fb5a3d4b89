import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOT_EVENT_TYPES } from '#tamga/domain';
import { type EpcisDocumentValidator, documentEventsOf, epcisDocumentOf, loadEpcisSchemaValidator, renderLotEvent, resolveEpcisSchemaDir } from '#tamga/epcis';
import { journeyFixture } from '../../libs/epcis/src/rendering/testing/journey-envelopes.testing';

// The GS1 EPCIS 2.0 JSON Schema, read where it is (never copied into the project).
const ROOT = join(__dirname, '..', '..');
const SCHEMA_DIR = resolveEpcisSchemaDir(ROOT);
const CLI = join(ROOT, 'bin', 'tamga.js');

describe('EPCIS 2.0 renderings of lot events against the GS1 schema', () => {
  if (!existsSync(SCHEMA_DIR)) {
    // Only a clone without ../shared gets here; CI always has it.
    it(`stands aside: no GS1 EPCIS schema at ${SCHEMA_DIR}`, () => {
      console.warn(`The GS1 EPCIS 2.0 JSON Schema is absent (${SCHEMA_DIR}); this suite stands aside.`);
      expect(existsSync(SCHEMA_DIR)).toBe(false);
    });
    return;
  }
  const { envelopes, context, envelope } = journeyFixture();
  const documentOf = (events: ReturnType<typeof documentEventsOf>) => epcisDocumentOf(events, new Date('2026-11-23T06:00:00Z'));
  let validator: EpcisDocumentValidator;
  beforeAll(() => {
    validator = loadEpcisSchemaValidator(SCHEMA_DIR);
  });

  it.each([...LOT_EVENT_TYPES])('renders %s as a valid EPCIS 2.0 document', (type) => {
    const stored = envelopes.filter((e) => e.type === type);
    expect(stored.length).toBeGreaterThan(0);
    for (const e of stored) expect(validator.validate(documentOf(renderLotEvent(e, context)))).toEqual({ valid: true, errors: [] });
  });

  it('renders the whole journey as one valid document', () => {
    expect(validator.validate(documentOf(documentEventsOf(envelopes, context)))).toEqual({ valid: true, errors: [] });
  });

  it('renders the less common shapes validly too: a correction with no corrective event, a failed inspection with no results', () => {
    const packing = envelope('lot.packed');
    const correction = { ...envelope('lot.corrected'), data: { ...(envelope('lot.corrected').data as object), lotId: packing.streamId, correctsEventId: packing.eventId } };
    const [declaration] = renderLotEvent(correction, context);
    expect(declaration.errorDeclaration).toMatchObject({ reason: 'incorrect_data', 'tamga:correctedQuantity': { amount: 178.5, unit: 'KGM' } });
    const bare = { ...envelope('lot.inspected'), data: { inspectionId: 'I-2', lotId: packing.streamId, results: [], outcome: 'failed', inspectedAt: '2026-07-30T09:00:00+06:00' } };
    const events = [declaration, ...renderLotEvent(bare, context)];
    expect(validator.validate(documentOf(events))).toEqual({ valid: true, errors: [] });
  });

  it('names each event by the hash the built `tamga epcis-hash` computes for it', () => {
    const events = documentEventsOf(envelopes, context);
    const dir = mkdtempSync(join(tmpdir(), 'tamga-rendering-'));
    try {
      const file = join(dir, 'journey.jsonld');
      writeFileSync(file, JSON.stringify(documentOf(events)));
      const result = spawnSync(process.execPath, [CLI, 'epcis-hash', file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n').filter(Boolean)).toEqual(events.map((e) => e.eventID));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EPCIS_SCHEMA_DIR_ENV, EpcisSchemaUnavailableError, externalRefTargets, readEpcisSchemaFiles, resolveEpcisSchemaDir } from './epcis-schema-files';
import { loadEpcisSchemaValidator, type EpcisDocumentValidator } from './epcis-schema-validator';

/**
 * The GS1 EPCIS 2.0 JSON Schema and examples are read where they are, in
 * ../shared/conformance/epcis-schema and ../shared/conformance/epcis-examples beside the repository
 * ($EPCIS_SCHEMA_DIR and $EPCIS_EXAMPLES_DIR may point elsewhere); they are never copied here.
 */

/** The repository root: the nearest folder above this file with a package.json and a libs/ folder. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!(fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'libs')))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(__dirname, '../../../..');
    dir = parent;
  }
  return dir;
}

const schemaDir = resolveEpcisSchemaDir(repositoryRoot());
const examplesDir = process.env['EPCIS_EXAMPLES_DIR']
  ? path.resolve(process.env['EPCIS_EXAMPLES_DIR'])
  : path.resolve(repositoryRoot(), '../shared/conformance/epcis-examples');

describe('loading the EPCIS schema', () => {
  it('fails clearly when the schema folder is absent', () => {
    const absent = path.join(os.tmpdir(), `tamga-no-epcis-schema-${process.pid}`);
    expect(() => loadEpcisSchemaValidator(absent)).toThrow(EpcisSchemaUnavailableError);
    expect(() => loadEpcisSchemaValidator(absent)).toThrow(`${absent} does not exist`);
  });

  it('fails clearly when a schema file is missing from the folder', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-empty-epcis-schema-'));
    try {
      expect(() => loadEpcisSchemaValidator(empty)).toThrow(/EPCIS-JSON-Schema\.json could not be read/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it(`takes the folder from ${EPCIS_SCHEMA_DIR_ENV}, else ../shared/conformance/epcis-schema`, () => {
    expect(resolveEpcisSchemaDir('/repo/main', { [EPCIS_SCHEMA_DIR_ENV]: '/elsewhere/schema' })).toBe('/elsewhere/schema');
    expect(resolveEpcisSchemaDir('/repo/main', {})).toBe('/repo/shared/conformance/epcis-schema');
  });
});

/** A small valid EPCISDocument made here, to break one field at a time. */
const handMadeDocument = () => ({
  '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2025-08-01T09:00:00.000+06:00',
  epcisBody: {
    eventList: [
      {
        type: 'ObjectEvent',
        eventTime: '2025-08-01T08:30:00.000+06:00',
        eventTimeZoneOffset: '+06:00',
        epcList: [],
        quantityList: [{ epcClass: 'https://id.gs1.org/01/04700000000011/10/LOT-1', quantity: 12.5, uom: 'KGM' }],
        action: 'ADD',
        bizStep: 'commissioning',
        readPoint: { id: 'https://id.gs1.org/414/4700000000005' },
      },
    ],
  },
});

type HandMade = ReturnType<typeof handMadeDocument>;
const broken = (change: (document: HandMade) => void): HandMade => {
  const document = handMadeDocument();
  change(document);
  return document;
};
const eventOf = (document: HandMade) => document.epcisBody.eventList[0] as Record<string, unknown>;

if (!fs.existsSync(schemaDir)) {
  console.warn(`The GS1 EPCIS JSON Schema was absent (looked in ${schemaDir}); EPCIS schema validation was not tested.`);
} else {
  describe('the GS1 EPCIS 2.0 JSON Schema folder', () => {
    it('refers outside itself only to GS1 split-schema files that the loader stands in for', () => {
      const files = readEpcisSchemaFiles(schemaDir);
      expect(externalRefTargets(files.epcisSchema)).toEqual([]);
      expect(files.stubs.map((stub) => stub.$id).sort()).toEqual(
        externalRefTargets(files.documentSchema).filter((target) => target !== files.epcisSchema.$id),
      );
      expect(files.stubs.length).toBeGreaterThan(0);
    });
  });

  describe('EPCIS document validation', () => {
    let validator: EpcisDocumentValidator;
    beforeAll(() => {
      validator = loadEpcisSchemaValidator(schemaDir);
    });

    const examples = fs.existsSync(examplesDir)
      ? fs
          .readdirSync(examplesDir)
          .filter((file) => /\.jsonld?$/.test(file))
          .sort()
          .map((file) => ({ file, document: JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8')) as unknown }))
          .filter(({ document }) => (document as { type?: unknown }).type === 'EPCISDocument')
      : [];
    if (examples.length === 0) {
      console.warn(`No EPCISDocument examples were found in ${examplesDir}; only hand-made documents were validated.`);
    } else {
      it.each(examples.map(({ file, document }) => [file, document] as const))('accepts the GS1 example %s', (_file, document) => {
        expect(validator.validate(document)).toEqual({ valid: true, errors: [] });
      });
    }

    it('accepts the hand-made document', () => {
      expect(validator.validate(handMadeDocument())).toEqual({ valid: true, errors: [] });
    });

    it.each([
      ['missing eventTime', (d: HandMade) => delete eventOf(d)['eventTime'], '/epcisBody/eventList/0/eventTime', 'required'],
      ['missing creationDate', (d: HandMade) => delete (d as Partial<HandMade>).creationDate, '/creationDate', 'required'],
      ['missing action on an ObjectEvent', (d: HandMade) => delete eventOf(d)['action'], '/epcisBody/eventList/0/action', 'required'],
      ['eventTime not a date-time', (d: HandMade) => (eventOf(d)['eventTime'] = '1 August 2025'), '/epcisBody/eventList/0/eventTime', 'format'],
      ['eventTime without a time zone', (d: HandMade) => (eventOf(d)['eventTime'] = '2025-08-01T08:30:00'), '/epcisBody/eventList/0/eventTime', 'format'],
      ['eventTime a number', (d: HandMade) => (eventOf(d)['eventTime'] = 1754015400000), '/epcisBody/eventList/0/eventTime', 'type'],
      ['quantity a string', (d: HandMade) => ((eventOf(d)['quantityList'] as Record<string, unknown>[])[0]!['quantity'] = '12.5'), '/epcisBody/eventList/0/quantityList/0/quantity', 'type'],
      ['epcList an object', (d: HandMade) => (eventOf(d)['epcList'] = {}), '/epcisBody/eventList/0/epcList', 'type'],
      ['an unknown action', (d: HandMade) => (eventOf(d)['action'] = 'CREATE'), '/epcisBody/eventList/0/action', 'enum'],
      ['schemaVersion not a version', (d: HandMade) => (d.schemaVersion = 'two'), '/schemaVersion', 'pattern'],
    ])('rejects a document with %s, naming the field', (_what, change, expectedPath, expectedKeyword) => {
      const result = validator.validate(broken(change));
      expect(result.valid).toBe(false);
      expect(result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: expectedPath, keyword: expectedKeyword })]));
    });

    it('rejects a bare event, which is not a document (only EPCIS-Document-JSON-Schema.json says so)', () => {
      const event = { '@context': handMadeDocument()['@context'], ...eventOf(handMadeDocument()) };
      const result = validator.validate(event);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    });

    it('rejects a document-level field that is neither EPCIS nor a namespaced extension', () => {
      const result = validator.validate({ ...handMadeDocument(), lotNotes: 'x' });
      expect(result.valid).toBe(false);
      expect(result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/lotNotes' })]));
    });
  });
}

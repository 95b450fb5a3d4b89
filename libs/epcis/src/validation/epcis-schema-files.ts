import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The GS1 EPCIS 2.0 JSON Schema files as GS1 publishes them (draft-07), read from a folder given
 * at run time. Tamga does not ship a copy: the folder is ../shared/conformance/epcis-schema beside
 * the repository, or whatever EPCIS_SCHEMA_DIR names (see resolveEpcisSchemaDir).
 *
 * How the files refer to each other (nothing is ever fetched):
 * - EPCIS-JSON-Schema.json ($id https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json) is
 *   self-contained: every $ref is a local '#/definitions/...'.
 * - EPCIS-Document-JSON-Schema.json ($id https://gs1.github.io/EPCIS/JSON-Schema/EPCIS-Document-JSON-Schema.json)
 *   points at files of GS1's split schema that are not in the folder (today
 *   schemas/definitions-JSON-Schema.json, schemas/event-definitions-JSON-Schema.json and
 *   EPCIS-Event-JSON-Schema.json, relative to its $id). Every definition it asks of them (uri,
 *   time, vocab-uri, version, id, @context, EPCIS-Document-Event) exists under the same name in
 *   EPCIS-JSON-Schema.json, so each such file (found by walking the $refs) is stood in for by a
 *   generated stub with that $id whose definitions are $refs to the same-named definition of
 *   EPCIS-JSON-Schema.json. A $ref to a name the combined schema lacks fails compilation loudly.
 */

export const EPCIS_JSON_SCHEMA_FILE = 'EPCIS-JSON-Schema.json';
export const EPCIS_DOCUMENT_JSON_SCHEMA_FILE = 'EPCIS-Document-JSON-Schema.json';

/** The environment variable that names the schema folder, ahead of ../shared/conformance/epcis-schema. */
export const EPCIS_SCHEMA_DIR_ENV = 'EPCIS_SCHEMA_DIR';

export interface JsonSchemaObject {
  $id?: string;
  $schema?: string;
  definitions?: Record<string, unknown>;
  [keyword: string]: unknown;
}

export interface EpcisSchemaFiles {
  /** The folder the files were read from, absolute. */
  dir: string;
  /** EPCIS-JSON-Schema.json: events and documents, self-contained. */
  epcisSchema: JsonSchemaObject;
  /** EPCIS-Document-JSON-Schema.json: an EPCISDocument or EPCISQueryDocument. */
  documentSchema: JsonSchemaObject;
  /** Stand-ins for the split-schema files the document schema refers to. */
  stubs: JsonSchemaObject[];
}

/** Thrown when the schema folder or one of its files is absent or unreadable. */
export class EpcisSchemaUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EpcisSchemaUnavailableError';
  }
}

/**
 * The schema folder to use: $EPCIS_SCHEMA_DIR when set, else ../shared/conformance/epcis-schema
 * beside the repository root given. Says nothing about whether it exists (the loader does).
 */
export function resolveEpcisSchemaDir(repositoryRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[EPCIS_SCHEMA_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return path.resolve(repositoryRoot, '../shared/conformance/epcis-schema');
}

function readSchema(dir: string, file: string): JsonSchemaObject {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (cause) {
    throw new EpcisSchemaUnavailableError(
      `The GS1 EPCIS 2.0 JSON Schema file ${full} could not be read (${(cause as Error).message}). ` +
        `Point ${EPCIS_SCHEMA_DIR_ENV} at a folder holding ${EPCIS_JSON_SCHEMA_FILE} and ${EPCIS_DOCUMENT_JSON_SCHEMA_FILE}.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new EpcisSchemaUnavailableError(`${full} is not JSON: ${(cause as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new EpcisSchemaUnavailableError(`${full} is not a JSON Schema object.`);
  }
  const schema = parsed as JsonSchemaObject;
  if (typeof schema.$id !== 'string') throw new EpcisSchemaUnavailableError(`${full} has no $id.`);
  return schema;
}

/** A stub for a split-schema file: each definition is a $ref to the same-named one in the target. */
function stubFor(id: string, target: JsonSchemaObject): JsonSchemaObject {
  const definitions: Record<string, unknown> = {};
  for (const name of Object.keys(target.definitions ?? {})) {
    definitions[name] = { $ref: `${target.$id}#/definitions/${encodeURIComponent(name)}` };
  }
  return { $id: id, $schema: target.$schema, definitions };
}

/** The absolute URLs (without fragment) of the other documents that `schema`'s $refs point at. */
export function externalRefTargets(schema: JsonSchemaObject): string[] {
  const base = schema.$id as string;
  const targets = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const target = new URL(value, base);
          target.hash = '';
          if (target.href !== base) targets.add(target.href);
        } else {
          walk(value);
        }
      }
    }
  };
  walk(schema);
  return [...targets].sort();
}

/** Reads the two schema files of `dir` and builds the stand-ins; throws EpcisSchemaUnavailableError when absent. */
export function readEpcisSchemaFiles(dir: string): EpcisSchemaFiles {
  const absolute = path.resolve(dir);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) {
    throw new EpcisSchemaUnavailableError(
      `The GS1 EPCIS 2.0 JSON Schema folder ${absolute} does not exist. Tamga does not ship the schema: ` +
        `put ../shared/conformance/epcis-schema beside the repository or set ${EPCIS_SCHEMA_DIR_ENV}.`,
    );
  }
  const epcisSchema = readSchema(absolute, EPCIS_JSON_SCHEMA_FILE);
  const documentSchema = readSchema(absolute, EPCIS_DOCUMENT_JSON_SCHEMA_FILE);
  const stubs = externalRefTargets(documentSchema)
    .filter((target) => target !== epcisSchema.$id)
    .map((target) => stubFor(target, epcisSchema));
  return { dir: absolute, epcisSchema, documentSchema, stubs };
}

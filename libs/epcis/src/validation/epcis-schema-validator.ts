import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EPCIS_DOCUMENT_JSON_SCHEMA_FILE, EPCIS_JSON_SCHEMA_FILE, EpcisSchemaUnavailableError, readEpcisSchemaFiles } from './epcis-schema-files';

/**
 * Validates EPCIS 2.0 JSON(-LD) documents against the GS1 EPCIS JSON Schema, fully offline.
 *
 * Where the schema comes from at run time: Tamga ships no copy of the GS1 schema. The caller
 * passes the folder (the CLI: $EPCIS_SCHEMA_DIR, else ../shared/conformance/epcis-schema, see
 * resolveEpcisSchemaDir); when it is absent, loading throws EpcisSchemaUnavailableError saying so,
 * and the caller decides whether to print unvalidated output or stop.
 *
 * Offline: Ajv is given no loadSchema, so it never fetches; the document schema's $refs to GS1's
 * split-schema files are served by stubs over EPCIS-JSON-Schema.json (see epcis-schema-files.ts).
 *
 * A document is valid when it satisfies both EPCIS-JSON-Schema.json (which dispatches on `type`)
 * and EPCIS-Document-JSON-Schema.json (EPCISDocument or EPCISQueryDocument only). Errors come from
 * the first when it fails (its if/then dispatch names the real fault), else from the second (whose
 * oneOf would otherwise add the failures of the branch that does not apply).
 */

export interface EpcisValidationError {
  /** JSON Pointer to the offending value; for a missing or unexpected property, to that property. */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed (required, type, format, enum, ...). */
  keyword: string;
}

export interface EpcisValidationResult {
  valid: boolean;
  errors: EpcisValidationError[];
}

export interface EpcisDocumentValidator {
  /** The schema folder the validator was built from. */
  readonly schemaDir: string;
  validate(document: unknown): EpcisValidationResult;
}

/** Summary keywords whose failure only repeats the failures beneath them. */
const SUMMARY_KEYWORDS = new Set(['if']);

const escapePointerToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

function toValidationError(error: ErrorObject): EpcisValidationError {
  const params = error.params as Record<string, unknown>;
  const child = params['missingProperty'] ?? params['additionalProperty'] ?? params['propertyName'];
  const path = typeof child === 'string' ? `${error.instancePath}/${escapePointerToken(child)}` : error.instancePath;
  return { path, message: error.message ?? error.keyword, keyword: error.keyword };
}

function errorsOf(validate: ValidateFunction): EpcisValidationError[] {
  const seen = new Set<string>();
  const errors: EpcisValidationError[] = [];
  for (const raw of validate.errors ?? []) {
    if (SUMMARY_KEYWORDS.has(raw.keyword)) continue;
    const error = toValidationError(raw);
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}

/**
 * Builds a validator from the GS1 EPCIS 2.0 JSON Schema files in `schemaDir`.
 * Throws EpcisSchemaUnavailableError when the folder or a file is absent, or when a $ref cannot be
 * resolved locally.
 */
export function loadEpcisSchemaValidator(schemaDir: string): EpcisDocumentValidator {
  const files = readEpcisSchemaFiles(schemaDir);
  // strict: false because the GS1 schema is not written for Ajv's strict mode (e.g. if/then without
  // type); allErrors so that a document's faults are reported together.
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  let byType: ValidateFunction;
  let asDocument: ValidateFunction;
  try {
    ajv.addSchema(files.epcisSchema);
    for (const stub of files.stubs) ajv.addSchema(stub);
    byType = ajv.compile(files.epcisSchema);
    asDocument = ajv.compile(files.documentSchema);
  } catch (cause) {
    throw new EpcisSchemaUnavailableError(
      `The GS1 EPCIS JSON Schema in ${files.dir} (${EPCIS_JSON_SCHEMA_FILE}, ${EPCIS_DOCUMENT_JSON_SCHEMA_FILE}) ` +
        `could not be compiled offline: ${(cause as Error).message}`,
    );
  }
  return {
    schemaDir: files.dir,
    validate(document: unknown): EpcisValidationResult {
      if (!byType(document)) return { valid: false, errors: errorsOf(byType) };
      if (!asDocument(document)) return { valid: false, errors: errorsOf(asDocument) };
      return { valid: true, errors: [] };
    },
  };
}

export { eventHash, hashPrehash, type EventHashOptions } from './event-hash';
export { eventHashPrehash } from './prehash';
export { eventsOfEpcisDocument, hashEpcisDocument, prehashEpcisDocument, type DocumentEvents } from './epcis-document';
export { namespacesFromContext, type JsonLdContext, type NamespaceMap } from './json-ld-context';
export {
  EVENT_HASH_VERSION,
  parseNiHashUri,
  isNiHashAlgorithm,
  type NiHashAlgorithm,
  type ParsedNiHashUri,
} from './ni-hash-uri';
export { epcUrnToDigitalLink } from './epc-urn-to-digital-link';
export { canonicaliseDigitalLink } from './digital-link-canonicalisation';
export { normaliseGs1Identifier } from './gs1-identifier-normalisation';
export { normaliseTimestamp } from './timestamp-normalisation';
export { expandVocabularyTerm, cbvUrnToWebUri, type VocabularyKind } from './cbv-vocabulary';
export {
  loadEpcisSchemaValidator,
  type EpcisDocumentValidator,
  type EpcisValidationError,
  type EpcisValidationResult,
} from './validation/epcis-schema-validator';
export {
  resolveEpcisSchemaDir,
  EpcisSchemaUnavailableError,
  EPCIS_SCHEMA_DIR_ENV,
} from './validation/epcis-schema-files';

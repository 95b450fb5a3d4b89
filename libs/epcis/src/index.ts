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
export { renderLotEvent } from './rendering/render-lot-event';
export { DocumentEventCollector, documentEventsOf, compareGlobalPositions } from './rendering/document-events';
export { epcisDocumentHeader, epcisDocumentOf, type EpcisDocument, type EpcisDocumentHeader } from './rendering/epcis-document';
export type { EpcisEvent, EpcisEventType, EventDraft, QuantityElement } from './rendering/epcis-event';
export type { LotRenderingContext } from './rendering/lot-rendering-context';
export { EpcisRenderingError } from './rendering/epcis-rendering-error';
export { lotsTouchedBy, genealogyOf, lotProductsOf, masterDataReferencesOf, type MasterDataReferences } from './rendering/lots-of-event';
export { lotEventOf } from './rendering/lot-event-of';
export { TAMGA_EPCIS_CONTEXT, TAMGA_NAMESPACE, EPCIS_CONTEXT_URL } from './rendering/tamga-json-ld-context';
export { KYRGYZSTAN_TIME_ZONE_OFFSET } from './rendering/epcis-time';
export { lotUri, unitUri, placeUri, tamgaUrn, documentUrn } from './rendering/epcis-identifiers';
export { parseDigitalLinkPath, type ParsedDigitalLink } from './digital-link/parse-digital-link';
export { digitalLinkPathOf, canonicalDigitalLinkOf } from './digital-link/digital-link-path';

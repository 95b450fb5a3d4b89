/**
 * Namespace prefixes of an EPCIS JSON-LD document. User extension properties are written as
 * compact IRIs ("example:myField"); CBV 2.0 §8.9 hashes them as "{namespace}localName", with the
 * namespace taken from the @context (document-level, then event-level, over the standard context).
 */

/** An EPCIS JSON-LD @context value: a context IRI, a term-definition object, or a list of them. */
export type JsonLdContext =
  | string
  | Readonly<Record<string, unknown>>
  | ReadonlyArray<string | Readonly<Record<string, unknown>>>;

/** Prefix -> namespace IRI. */
export type NamespaceMap = ReadonlyMap<string, string>;

/** Prefixes predefined by the standard EPCIS 2.0 JSON-LD context (https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld). */
export const EPCIS_CONTEXT_PREFIXES: NamespaceMap = new Map([
  ['epcis', 'https://ref.gs1.org/epcis/'],
  ['cbv', 'https://ref.gs1.org/cbv/'],
  ['cbvmda', 'urn:epcglobal:cbv:mda:'],
  ['gs1', 'https://gs1.org/voc/'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['owl', 'http://www.w3.org/2002/07/owl#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
  ['dcterms', 'http://purl.org/dc/terms/'],
]);

/** Adds the prefix definitions of one @context value to the map (remote context IRIs are not fetched). */
function collectPrefixes(context: unknown, into: Map<string, string>): void {
  if (Array.isArray(context)) {
    for (const entry of context) collectPrefixes(entry, into);
    return;
  }
  if (context === null || typeof context !== 'object') return;
  for (const [term, definition] of Object.entries(context)) {
    if (term.startsWith('@')) continue;
    const iri =
      typeof definition === 'string'
        ? definition
        : definition !== null && typeof definition === 'object' && typeof (definition as { '@id'?: unknown })['@id'] === 'string'
          ? ((definition as { '@id': string })['@id'])
          : undefined;
    if (iri !== undefined && !iri.startsWith('@')) into.set(term, iri);
  }
}

/** Builds the prefix map for an event from the standard EPCIS prefixes and the given @context values (later ones win). */
export function namespacesFromContext(...contexts: ReadonlyArray<JsonLdContext | undefined>): NamespaceMap {
  const namespaces = new Map(EPCIS_CONTEXT_PREFIXES);
  for (const context of contexts) collectPrefixes(context, namespaces);
  return namespaces;
}

/** Splits "prefix:local" when the prefix is declared (and the value is not an absolute "scheme://" IRI). */
function splitCompactIri(text: string, namespaces: NamespaceMap): readonly [string, string] | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const local = text.slice(colon + 1);
  if (local.startsWith('//')) return null;
  const namespace = namespaces.get(text.slice(0, colon));
  return namespace === undefined ? null : [namespace, local];
}

/** Expands a compact-IRI property name ("example:myField") to "{https://ns.example.com/epcis/}myField"; other names are returned unchanged. */
export function expandPropertyName(name: string, namespaces: NamespaceMap): string {
  const parts = splitCompactIri(name, namespaces);
  return parts === null ? name : `{${parts[0]}}${parts[1]}`;
}

/** Expands a compact IRI value in a GS1 vocabulary namespace ("gs1:Temperature", "cbv:BizStep-shipping") to the full IRI; other values are returned unchanged. */
export function expandGs1Curie(value: string, namespaces: NamespaceMap): string {
  const parts = splitCompactIri(value, namespaces);
  if (parts === null) return value;
  const [namespace, local] = parts;
  const isGs1 = namespace.startsWith('https://gs1.org/') || namespace.startsWith('https://ref.gs1.org/');
  return isGs1 ? namespace + local : value;
}

import { EVENT_FIELD_ORDER, EXCLUDED_EVENT_FIELDS, type FieldOrder } from './canonical-field-order';
import { eventToNodes, type EventNode } from './event-node-tree';
import { namespacesFromContext, type JsonLdContext } from './json-ld-context';
import { sortLexically } from './lexical-order';
import { canonicaliseFieldValue, canonicaliseValue } from './value-canonicalisation';

/**
 * The CBV 2.0 §8.9 pre-hash string: "eventType=<type>", the standard fields in canonical order,
 * then the sorted trailing block (see canonical-field-order.ts). Each field is "name=value" or,
 * for structured fields, the name followed by its contents; values of the same field are sorted
 * lexically; nothing separates successive elements.
 */

/** Renders a user extension (or any field outside the canonical order): "{ns}name=value" plus its sorted children. */
export function renderExtension(node: EventNode): string {
  const text = node.value?.trim() ?? '';
  const head = node.name + (text === '' ? '' : `=${canonicaliseValue(text)}`);
  const children = node.children.map(renderExtension);
  const lead = node.fixedLeading ?? 0;
  return head + children.slice(0, lead).join('') + sortLexically(children.slice(lead)).join('');
}

/** Renders one standard field: its value or its fields in canonical order, then its nested extensions (sorted). */
function renderField(node: EventNode, field: FieldOrder): string {
  const text = node.value === undefined ? '' : canonicaliseFieldValue(node.name, node.value);
  const inner = field.children === undefined ? '' : renderInOrder(node.children, field.children, true);
  if (text === '' && inner === '') return '';
  return node.name + (text === '' ? '' : `=${text}`) + inner;
}

/** Renders the nodes named in `order`, field by field, each field's occurrences sorted; optionally appends the remaining nodes as extensions. */
function renderInOrder(nodes: readonly EventNode[], order: readonly FieldOrder[], withExtensions: boolean): string {
  const parts: string[] = [];
  for (const field of order) {
    const rendered = nodes.filter((node) => node.name === field.name).map((node) => renderField(node, field));
    parts.push(...sortLexically(rendered.filter((text) => text !== '')));
  }
  if (withExtensions) {
    const names = new Set(order.map((field) => field.name));
    parts.push(...sortLexically(nodes.filter((node) => !names.has(node.name)).map(renderExtension)));
  }
  return parts.join('');
}

/** Builds the pre-hash string of one EPCIS event (JSON-LD form) using the given @context for namespace prefixes. */
export function eventHashPrehash(event: object, context?: JsonLdContext): string {
  const record = event as Readonly<Record<string, unknown>>;
  const eventType = record['type'];
  if (typeof eventType !== 'string' || eventType.trim() === '') {
    throw new TypeError('An EPCIS event needs a "type" (ObjectEvent, AggregationEvent, ...)');
  }
  const namespaces = namespacesFromContext(context, record['@context'] as JsonLdContext | undefined);
  const nodes = eventToNodes(record, namespaces);
  const standardNames = new Set(EVENT_FIELD_ORDER.map((field) => field.name));
  const trailing = nodes
    .filter((node) => !standardNames.has(node.name) && !EXCLUDED_EVENT_FIELDS.has(node.name))
    .map(renderExtension);
  return `eventType=${eventType.trim()}${renderInOrder(nodes, EVENT_FIELD_ORDER, false)}${sortLexically(trailing).join('')}`;
}

import { expandVocabularyTerm, type VocabularyKind } from './cbv-vocabulary';
import { IGNORED_PROPERTIES } from './canonical-field-order';
import { expandGs1Curie, expandPropertyName, type NamespaceMap } from './json-ld-context';
import { formatNumber } from './numeric-normalisation';

/**
 * The JSON-LD event as a tree of named values, shaped like the EPCIS XML binding so that both
 * bindings hash alike: list members get their element names (epc, quantityElement,
 * sensorElement), extension names are expanded to "{namespace}local", bare vocabulary terms
 * and GS1 compact IRIs are expanded to URIs, and arrays of a property become repeated nodes.
 */

/** One named value of an event; structured values have children instead of a value. */
export interface EventNode {
  readonly name: string;
  readonly value?: string;
  readonly children: readonly EventNode[];
  /** How many leading children keep their position (type before identifier in bizTransaction/source/destination); the rest are sorted. */
  readonly fixedLeading?: number;
}

type JsonObject = Readonly<Record<string, unknown>>;
type VocabularyFields = Readonly<Record<string, VocabularyKind>>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [value]);

const EPC_LISTS = new Set(['epcList', 'childEPCs', 'inputEPCList', 'outputEPCList']);
const QUANTITY_LISTS = new Set(['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList']);
const LINK_LISTS: Readonly<Record<string, readonly [string, VocabularyKind]>> = {
  bizTransactionList: ['bizTransaction', 'bizTransactionType'],
  sourceList: ['source', 'sourceDestinationType'],
  destinationList: ['destination', 'sourceDestinationType'],
};
const SENSOR_REPORT_VOCABULARY: VocabularyFields = {
  type: 'measurementType',
  exception: 'sensorException',
  component: 'sensorComponent',
};
const DISPOSITION_SETS: VocabularyFields = { set: 'disposition', unset: 'disposition' };

/** Builds event trees with the namespace prefixes of one event. */
class EventTreeBuilder {
  constructor(private readonly namespaces: NamespaceMap) {}

  /** Scalar JSON value as text (null and undefined carry no value). */
  private scalar(value: unknown): string | undefined {
    if (typeof value === 'string') return expandGs1Curie(value.trim(), this.namespaces);
    if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : String(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return undefined;
  }

  /** Nodes for any property: arrays repeat the property, objects nest, names are namespace-expanded. */
  generic(key: string, value: unknown): EventNode[] {
    if (IGNORED_PROPERTIES.has(key)) return [];
    if (Array.isArray(value)) return value.flatMap((item) => this.generic(key, item));
    const name = expandPropertyName(key, this.namespaces);
    if (isObject(value)) return [{ name, children: this.objectChildren(value) }];
    const text = this.scalar(value);
    return text === undefined ? [] : [{ name, value: text, children: [] }];
  }

  /** Nodes for a property whose values are standard vocabulary terms. */
  private vocabulary(key: string, value: unknown, kind: VocabularyKind): EventNode[] {
    return asArray(value).flatMap((item) => {
      if (typeof item !== 'string') return this.generic(key, item);
      const text = expandVocabularyTerm(kind, expandGs1Curie(item.trim(), this.namespaces));
      return [{ name: key, value: text, children: [] }];
    });
  }

  /** Child nodes of an object, expanding the vocabulary-typed properties named in `vocabulary`. */
  objectChildren(object: JsonObject, vocabulary: VocabularyFields = {}): EventNode[] {
    return Object.entries(object).flatMap(([key, value]) => {
      const kind = Object.hasOwn(vocabulary, key) ? vocabulary[key] : undefined;
      return kind === undefined ? this.generic(key, value) : this.vocabulary(key, value, kind);
    });
  }

  /** A list property whose members become nodes named `member`. */
  private list(key: string, value: unknown, member: (item: unknown) => EventNode[]): EventNode[] {
    return [{ name: key, children: asArray(value).flatMap(member) }];
  }

  /** A bizTransaction / source / destination entry: type first, then the identifier, then anything else. */
  private link(entry: unknown, idKey: string, typeKind: VocabularyKind): EventNode[] {
    if (!isObject(entry)) return this.generic(idKey, entry);
    const { type, [idKey]: id, ...rest } = entry;
    const head = [...this.vocabulary('type', type ?? null, typeKind), ...this.generic(idKey, id ?? null)];
    return [{ name: '', children: [...head, ...this.objectChildren(rest)], fixedLeading: head.length }];
  }

  private sensorElement(element: unknown): EventNode[] {
    if (!isObject(element)) return [];
    const children = Object.entries(element).flatMap(([key, value]): EventNode[] => {
      if (key !== 'sensorReport') return this.generic(key, value);
      return asArray(value).flatMap((report) =>
        isObject(report) ? [{ name: 'sensorReport', children: this.objectChildren(report, SENSOR_REPORT_VOCABULARY) }] : [],
      );
    });
    return [{ name: 'sensorElement', children }];
  }

  /** Nodes for one top-level event property. */
  eventProperty(key: string, value: unknown): EventNode[] {
    if (EPC_LISTS.has(key)) return this.list(key, value, (item) => this.generic('epc', item));
    if (QUANTITY_LISTS.has(key)) {
      return this.list(key, value, (item) =>
        isObject(item) ? [{ name: 'quantityElement', children: this.objectChildren(item) }] : [],
      );
    }
    if (key === 'sensorElementList') return this.list(key, value, (item) => this.sensorElement(item));
    const link = LINK_LISTS[key];
    if (link !== undefined) return this.list(key, value, (item) => this.link(item, link[0], link[1]));
    if (key === 'bizStep' || key === 'disposition') return this.vocabulary(key, value, key);
    if (key === 'persistentDisposition' && isObject(value)) {
      return [{ name: key, children: this.objectChildren(value, DISPOSITION_SETS) }];
    }
    if ((key === 'readPoint' || key === 'bizLocation') && typeof value === 'string') {
      return [{ name: key, children: this.generic('id', value) }];
    }
    return this.generic(key, value);
  }
}

/** Converts a JSON-LD EPCIS event into its top-level event nodes. */
export function eventToNodes(event: JsonObject, namespaces: NamespaceMap): EventNode[] {
  const builder = new EventTreeBuilder(namespaces);
  return Object.entries(event).flatMap(([key, value]) => builder.eventProperty(key, value));
}

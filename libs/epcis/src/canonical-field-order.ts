/**
 * The canonical property order of CBV 2.0 §8.9 ("EPCIS Event Hash ID") as implemented by the GS1
 * reference implementation that produced the CBV 2.0 conformance vectors:
 *
 *   eventType, eventTime, eventTimeZoneOffset, certificationInfo, parentID, epcList, inputEPCList,
 *   childEPCs, quantityList, childQuantityList, inputQuantityList, outputEPCList,
 *   outputQuantityList, action, transformationID, bizStep, disposition, persistentDisposition,
 *   readPoint, bizLocation, sensorElementList
 *
 * followed by one block, sorted lexically as whole pre-hash substrings, holding
 * bizTransactionList, sourceList, destinationList, ilmd and the event-level user extensions
 * (this is why the vectors show destinationList before sourceList, and why "{namespace}..."
 * extensions always come last: "{" sorts after every lower-case letter).
 * Within a standard field, nested user extensions follow its regular fields (rule 21).
 */

/** A standard field and, for structured fields, the order of its own fields. */
export interface FieldOrder {
  readonly name: string;
  readonly children?: readonly FieldOrder[];
}

const leaf = (name: string): FieldOrder => ({ name });
const fields = (...names: string[]): readonly FieldOrder[] => names.map(leaf);

const EPC: readonly FieldOrder[] = fields('epc');
const QUANTITY_ELEMENT: readonly FieldOrder[] = [{ name: 'quantityElement', children: fields('epcClass', 'quantity', 'uom') }];

/** Order of the fields of sensorMetadata. */
export const SENSOR_METADATA_ORDER: readonly FieldOrder[] = fields(
  'time', 'startTime', 'endTime', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'bizRules',
);

/** Order of the fields of a sensorReport. */
export const SENSOR_REPORT_ORDER: readonly FieldOrder[] = fields(
  'type', 'exception', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'time', 'microorganism',
  'chemicalSubstance', 'value', 'component', 'stringValue', 'booleanValue', 'hexBinaryValue', 'uriValue',
  'minValue', 'maxValue', 'meanValue', 'sDev', 'percRank', 'percValue', 'uom', 'coordinateReferenceSystem',
);

/** Canonical order of the standard event fields that precede the sorted trailing block. */
export const EVENT_FIELD_ORDER: readonly FieldOrder[] = [
  leaf('eventTime'),
  leaf('eventTimeZoneOffset'),
  leaf('certificationInfo'),
  leaf('parentID'),
  { name: 'epcList', children: EPC },
  { name: 'inputEPCList', children: EPC },
  { name: 'childEPCs', children: EPC },
  { name: 'quantityList', children: QUANTITY_ELEMENT },
  { name: 'childQuantityList', children: QUANTITY_ELEMENT },
  { name: 'inputQuantityList', children: QUANTITY_ELEMENT },
  { name: 'outputEPCList', children: EPC },
  { name: 'outputQuantityList', children: QUANTITY_ELEMENT },
  leaf('action'),
  leaf('transformationID'),
  leaf('bizStep'),
  leaf('disposition'),
  { name: 'persistentDisposition', children: fields('set', 'unset') },
  { name: 'readPoint', children: fields('id') },
  { name: 'bizLocation', children: fields('id') },
  {
    name: 'sensorElementList',
    children: [
      {
        name: 'sensorElement',
        children: [
          { name: 'sensorMetadata', children: SENSOR_METADATA_ORDER },
          { name: 'sensorReport', children: SENSOR_REPORT_ORDER },
        ],
      },
    ],
  },
];

/**
 * Event-level properties that never enter the pre-hash: the event type (hashed as "eventType="),
 * the identifier (eventID and its JSON-LD aliases), recordTime (set by the repository), and the
 * errorDeclaration (so that declaring an error keeps the event's hash, and hence its eventID).
 */
export const EXCLUDED_EVENT_FIELDS: ReadonlySet<string> = new Set([
  'type', '@type', 'eventID', 'id', '@id', 'recordTime', 'errorDeclaration',
]);

/** Properties ignored wherever they occur: JSON-LD contexts and comments are not event data. */
export const IGNORED_PROPERTIES: ReadonlySet<string> = new Set(['@context', 'rdfs:comment', 'comment', '#text']);

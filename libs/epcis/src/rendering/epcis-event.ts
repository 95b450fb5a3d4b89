/** The EPCIS 2.0 event types Tamga renders to. */
export type EpcisEventType = 'ObjectEvent' | 'AggregationEvent' | 'TransformationEvent' | 'TransactionEvent';

/** A quantity of a class of objects (here: of a lot), in a UN/CEFACT Rec. 20 unit. */
export interface QuantityElement {
  readonly epcClass: string;
  readonly quantity?: number;
  readonly uom?: string;
}

/** A source or destination entry; `type` is a CBV source/destination type. */
export type SourceEntry = { readonly type: string; readonly source: string };
export type DestinationEntry = { readonly type: string; readonly destination: string };

/** A business transaction (document) the event refers to; `type` is a CBV business transaction type or a URI. */
export interface BizTransaction {
  readonly type?: string;
  readonly bizTransaction: string;
}

/** What a fact says, before the when: the event type and its what, where and why fields, in output order. */
export interface EventDraft {
  readonly type: EpcisEventType;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A rendered EPCIS 2.0 event, as it appears in a document's eventList. */
export interface EpcisEvent {
  readonly type: EpcisEventType;
  /** The CBV 2.0 event hash of this event: `ni:///sha-256;...?ver=CBV2.0`. */
  readonly eventID: string;
  readonly eventTime: string;
  readonly recordTime: string;
  readonly eventTimeZoneOffset: string;
  readonly [field: string]: unknown;
}

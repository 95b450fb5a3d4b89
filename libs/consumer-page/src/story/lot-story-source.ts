/**
 * What the consumer page is built from, as the read models hold it: the lot's row and history,
 * the lots upstream of it, and the master data they name. Plain data, so the page is a pure
 * function of it and of the day (certificates expire at midnight in Kyrgyzstan).
 */

/** A certificate as the lots row keeps it (the domain's CertificateOfLot). */
export interface CertificateRecord {
  readonly certificateId: string;
  readonly schemeId: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly issuerId: string | null;
  readonly status: string;
}

/** A lot's row in the read model, the columns the page reads. */
export interface LotRecord {
  readonly lotId: string;
  readonly productId: string;
  readonly status: string;
  readonly createdAt: string;
  readonly held: boolean;
  readonly recallId: string | null;
  readonly recalledUnits: number;
  readonly certificates: readonly CertificateRecord[];
  readonly version: number;
}

/** One event of a lot's history. `data` is the event's wire data. */
export interface LotEventRecord {
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A lot the page's lot was made from, directly or through other lots, with the events that tell its origin. */
export interface UpstreamLotRecord {
  /** Of an upstream lot the page reads only what it is, whether it is recalled, and its version. */
  readonly lot: Pick<LotRecord, 'lotId' | 'productId' | 'recallId' | 'version'>;
  /** 1 for a direct input, 2 for an input of an input... */
  readonly depth: number;
  readonly events: readonly LotEventRecord[];
}

/** Everything about one lot the page reads, from one read-model snapshot. */
export interface LotStorySource {
  readonly lot: LotRecord;
  readonly events: readonly LotEventRecord[];
  readonly upstream: readonly UpstreamLotRecord[];
  /** False when the walk upstream stopped at its depth or size limit before reaching every origin. */
  readonly upstreamComplete: boolean;
  /** Where the lot's latest event stands in the Tamga log (ADR 0016); absent when not read. */
  readonly logPlace?: LogPlaceRecord | null;
}

/** An event's place in the Tamga log: its leaf (null until the relay adds it) and the first checkpoint covering it (null until one is signed). */
export interface LogPlaceRecord {
  readonly eventId: string;
  readonly leafIndex: number | null;
  readonly checkpoint: number | null;
}

/** Names in the page's languages, as master data holds them (ky, ru, en always; ja, zh sometimes). */
export type NameRecord = Readonly<Record<string, string>>;

export interface ProductRecord {
  readonly productId: string;
  readonly gtin: string;
  readonly names: NameRecord;
  readonly category: string;
  readonly unit: string;
  readonly version: number;
}

export interface PlaceRecord {
  readonly placeId: string;
  readonly kind: string;
  readonly names: NameRecord;
  readonly parentId: string | null;
  /** GeoJSON: a Point's coordinates are [longitude, latitude]. */
  readonly geometry: { readonly type: string; readonly coordinates: unknown } | null;
  readonly version: number;
}

export interface SchemeRecord {
  readonly schemeId: string;
  readonly kind: string;
  readonly names: NameRecord;
  readonly version: number;
}

/** The master data a page names, by id; places include the regions and districts above them. */
export interface MasterDataRecords {
  readonly products: ReadonlyMap<string, ProductRecord>;
  readonly places: ReadonlyMap<string, PlaceRecord>;
  readonly schemes: ReadonlyMap<string, SchemeRecord>;
}

/** The ids of master data a source names, for loading them in one go. */
export interface MasterDataReferences {
  readonly productIds: readonly string[];
  readonly placeIds: readonly string[];
  readonly schemeIds: readonly string[];
}

/**
 * What the consumer page reads from the read models, as plain records (the consumer-page lib's
 * LotStorySource and MasterDataRecords have the same shape; the provenance app passes them on).
 */
export interface ConsumerLotRecord {
  readonly lotId: string;
  readonly productId: string;
  readonly status: string;
  readonly createdAt: string;
  readonly held: boolean;
  readonly recallId: string | null;
  readonly recalledUnits: number;
  readonly certificates: readonly {
    readonly certificateId: string;
    readonly schemeId: string;
    readonly validFrom: string;
    readonly validUntil: string;
    readonly issuerId: string | null;
    readonly status: string;
  }[];
  readonly version: number;
}

export interface ConsumerLotEventRecord {
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** What the page reads of a lot upstream: what it is, whether it is recalled, and its version (for the page's ETag). */
export type ConsumerUpstreamLotRecord = Pick<ConsumerLotRecord, 'lotId' | 'productId' | 'recallId' | 'version'>;

/** A lot, its whole history, and the lots it was made from with the events that tell their origin. */
export interface ConsumerLotRecords {
  readonly lot: ConsumerLotRecord;
  readonly events: readonly ConsumerLotEventRecord[];
  readonly upstream: readonly { readonly lot: ConsumerUpstreamLotRecord; readonly depth: number; readonly events: readonly ConsumerLotEventRecord[] }[];
  readonly upstreamComplete: boolean;
}

type Names = Readonly<Record<string, string>>;

/** Master data by id, each record with its version (the page's ETag depends on them). */
export interface ConsumerMasterData {
  readonly products: ReadonlyMap<string, { productId: string; gtin: string; names: Names; category: string; unit: string; version: number }>;
  readonly places: ReadonlyMap<
    string,
    { placeId: string; kind: string; names: Names; parentId: string | null; geometry: { type: string; coordinates: unknown } | null; version: number }
  >;
  readonly schemes: ReadonlyMap<string, { schemeId: string; kind: string; names: Names; version: number }>;
}

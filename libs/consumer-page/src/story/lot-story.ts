import { NameRecord } from './lot-story-source';

/**
 * The story of a lot (or one unit of it) as the consumer page tells it, in no language yet: names
 * carry all their languages, dates are Kyrgyzstan calendar dates (YYYY-MM-DD). The HTML page
 * picks the reader's language; the JSON representation is this object.
 */
export interface LotStory {
  readonly code: { readonly gtin: string; readonly lot: string; readonly serial?: string };
  readonly product: NamedThing & { readonly category: string };
  readonly lotId: string;
  readonly unit: UnitOfLot | null;
  readonly banners: readonly Banner[];
  readonly origins: readonly OriginGroup[];
  readonly harvestCount: number;
  /** False when the page could not follow every input back to its harvest (depth or size limit). */
  readonly originsComplete: boolean;
  readonly steps: readonly Step[];
  /** Steps left out at the start of a long story (the page shows the latest). */
  readonly earlierSteps: number;
  readonly certificates: readonly ValidCertificate[];
  readonly lab: LabSummary | null;
  readonly sales: readonly SalePlace[];
  readonly exports: readonly ExportDestination[];
  readonly integrity: Integrity;
  /** Kyrgyzstan's calendar date the story was told for: certificates are valid on it. */
  readonly today: string;
}

/** Something named in master data: its id and names in every language it has. */
export interface NamedThing {
  readonly id: string;
  readonly names: NameRecord | null;
}

/** A place with the settlement, district and region above it, nearest first. */
export interface PlaceInContext extends NamedThing {
  readonly within: readonly NamedThing[];
}

/** The unit a serial names: how it was packed and whether it was sold. */
export interface UnitOfLot {
  readonly serial: string;
  readonly packedAt: string | null;
  readonly size: { readonly amount: number; readonly unit: string } | null;
  readonly sold: { readonly place: PlaceInContext; readonly date: string } | null;
}

/** A warning at the top of the page, most serious first. */
export type Banner =
  | { readonly kind: 'recalled'; readonly reason: string | null; readonly date: string | null }
  | { readonly kind: 'unit-recalled'; readonly reason: string | null; readonly date: string | null }
  | { readonly kind: 'ingredient-recalled'; readonly product: NamedThing; readonly lotId: string; readonly date: string | null }
  | { readonly kind: 'held'; readonly reason: string | null; readonly date: string | null }
  | { readonly kind: 'some-units-recalled'; readonly units: number };

/** The harvests of one village that went into the lot. */
export interface OriginGroup {
  readonly village: PlaceInContext;
  readonly producerIds: readonly string[];
  readonly products: readonly NamedThing[];
  readonly sites: readonly NamedThing[];
  readonly firstHarvest: string;
  readonly lastHarvest: string;
  readonly harvests: number;
  /** Where the harvests were made, [longitude, latitude], rounded to about 100 m. */
  readonly points: readonly (readonly [number, number])[];
}

/** A processing step: a transformation, division or combination of lots, or a packing. */
export interface Step {
  readonly kind: 'transformation' | 'split' | 'merge' | 'packing';
  readonly process: string | null;
  readonly date: string;
  readonly place: PlaceInContext | null;
  readonly inputs: readonly NamedThing[];
  readonly outputs: readonly NamedThing[];
  /** For a packing: how many units, of what size. */
  readonly units: { readonly count: number; readonly size: { readonly amount: number; readonly unit: string } } | null;
}

/** A certificate valid on the story's day. */
export interface ValidCertificate {
  readonly certificateId: string;
  readonly scheme: NamedThing & { readonly kind: string | null };
  readonly validFrom: string;
  readonly validUntil: string;
}

/** The latest result of each parameter the lot was tested for. */
export interface LabSummary {
  readonly lastTested: string;
  readonly results: readonly LabLine[];
}

export interface LabLine {
  readonly parameter: string;
  readonly value: number;
  readonly unit: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly withinLimits: boolean;
  readonly tested: string;
}

/** A shop that sold the lot, and when it first and last did. */
export interface SalePlace {
  readonly place: PlaceInContext;
  readonly firstSale: string;
  readonly lastSale: string;
}

/** A country the lot was exported to, and when first. */
export interface ExportDestination {
  readonly country: string;
  readonly firstExport: string;
}

/** What the page says about the record itself. */
export interface Integrity {
  readonly events: number;
  readonly upstreamLots: number;
  readonly lastRecordedAt: string;
  /** The Kyrgyzstan calendar date of lastRecordedAt. */
  readonly lastRecordedOn: string;
  readonly lastEventId: string;
  /** The latest event's place in the Tamga log: the tree size of the first signed checkpoint covering it, or null while none does. */
  readonly log: { readonly eventId: string; readonly checkpoint: number | null } | null;
}

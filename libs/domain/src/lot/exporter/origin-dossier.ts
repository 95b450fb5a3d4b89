import { Quantity } from '../../shared/quantity';
import { LocalisedNames } from '../../master-data/shared/localised-names';
import { LabResult, InspectionOutcome } from '../events/lot-inspected.event';
import { DocumentReference } from '../events/lot-portion';
import { CertificationInForce } from './certifications-on-date';
import { EventCitation } from './dossier-record';
import { LotBeginning } from './lot-genealogy';
import { DossierFlag } from './origin-flags';
import { OriginHarvest, ProducerShare, VillageShare } from './origin-shares';

/** The shape's version: a reader (and issue 5's verifier) checks it before reading further. */
export const ORIGIN_DOSSIER_VERSION = 1;

/** Names of master data as the dossier carries them (null when not registered or not projected yet). */
export type Names = LocalisedNames | null;

/** One lot the shipment carried, and how much of it. */
export interface ShippedLot {
  readonly lotId: string;
  readonly productId: string | null;
  readonly productNames: Names;
  readonly gtin: string | null;
  /** As the lot's state reads it: a standing correction's quantity, if any. */
  readonly quantity: Quantity;
  readonly exportedAt: string;
  readonly event: EventCitation;
  readonly correctedBy: EventCitation | null;
}

/** The export shipment as its `lot.exported` events record it. */
export interface DossierShipment {
  readonly shipmentId: string;
  /** The exporter's party id; parties carry no names in Tamga (personal data stays out of the log). */
  readonly exporterId: string | null;
  readonly from: { readonly placeId: string; readonly names: Names };
  /** ISO 3166-1 alpha-2. */
  readonly destinationCountry: string;
  /** An organisation, as the export recorded it. */
  readonly buyer: { readonly name: string; readonly country: string };
  readonly customsDeclaration: string;
  readonly certificateOfOrigin: string;
  readonly hsCode: string;
  readonly documents: readonly DocumentReference[];
  /** The earliest export event of the shipment; its calendar date in Kyrgyzstan is `exportDate`. */
  readonly exportedAt: string;
  readonly exportDate: string;
  readonly lots: readonly ShippedLot[];
}

/** Where one shipped lot's exported quantity comes from. */
export interface LotOriginView {
  readonly lotId: string;
  readonly exported: Quantity;
  readonly villages: readonly (VillageShare & { readonly names: Names })[];
  readonly producers: readonly ProducerShare[];
  readonly harvests: readonly OriginHarvest[];
  readonly unattributedShare: number;
  readonly unattributedLotIds: readonly string[];
}

/** A lot of the trace back: how it began, and how far it is from the shipment. */
export interface TracedLotView extends LotBeginning {
  readonly productNames: Names;
  /** The fewest links between it and a shipped lot (0 for a shipped lot). */
  readonly depth: number;
}

/** An inspection of a lot of the trace, recorded no later than the export. */
export interface InspectionView {
  readonly inspectionId: string;
  readonly lotId: string;
  /** The lab or inspector (party id). */
  readonly inspectorId: string | null;
  readonly placeId: string | null;
  readonly sampleId: string | null;
  readonly outcome: InspectionOutcome;
  readonly results: readonly LabResult[];
  readonly report: DocumentReference | null;
  readonly inspectedAt: string;
  readonly event: EventCitation;
}

/** A recorded event the dossier rests on, as issue 5's inclusion proofs and signatures will name it. */
export interface EvidenceEvent extends EventCitation {
  readonly lotId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly globalPosition: string;
  readonly recordedAt: string;
}

/**
 * Reserved for issue 5, documented in docs/adr/0013: a signed checkpoint of the log, an inclusion
 * proof per evidence event (by `epcisEventId`), the recorders' signatures, and the service's
 * signature over this dossier. Present now, empty, so adding them changes no other field.
 */
export interface DossierProofs {
  readonly status: 'not-yet-available';
  readonly checkpoint: null;
  readonly inclusionProofs: readonly never[];
  readonly signatures: readonly never[];
}

/** Everything an exporter shows a buyer or customs officer about where a shipment comes from. */
export interface OriginDossier {
  readonly dossierVersion: typeof ORIGIN_DOSSIER_VERSION;
  readonly shipment: DossierShipment;
  readonly origin: {
    /** How shares are counted: by input amount in base units along every transformation, split and merge. */
    readonly basis: 'input-amount-in-base-units';
    /**
     * The whole shipment, each lot weighted by its exported amount in base units; null when its
     * lots are counted in different dimensions (kilograms of honey and pieces of soap do not add up).
     */
    readonly villages: readonly (VillageShare & { readonly names: Names })[] | null;
    readonly producers: readonly ProducerShare[] | null;
    readonly lots: readonly LotOriginView[];
    /** True when every path ended at a harvest and no cycle was found. */
    readonly complete: boolean;
    readonly cycleLotIds: readonly string[];
  };
  readonly trace: { readonly lots: readonly TracedLotView[] };
  readonly certifications: readonly (CertificationInForce & { readonly schemeNames: Names; readonly schemeKind: string | null })[];
  readonly inspections: readonly InspectionView[];
  /** Flags on lots of the trace that were not dismissed (an origin mismatch shows, whoever exports). */
  readonly flags: readonly DossierFlag[];
  /**
   * The recorded events the dossier rests on, in log order: each lot's making fact or harvest, the
   * shipment's exports, certificates and their endings, inspections, flags, and the amendments of
   * these. The EPCIS document (dossier.jsonld) holds these and every other event of the trace.
   */
  readonly evidence: { readonly hash: 'CBV 2.0 event hash (ni:///sha-256)'; readonly lastGlobalPosition: string; readonly events: readonly EvidenceEvent[] };
  readonly proofs: DossierProofs;
}

/** Which part of a bundle a check is about: what a failure names first. */
export type CheckedPart = 'format' | 'manifest' | 'section' | 'event' | 'epcis' | 'signature' | 'key' | 'proof' | 'checkpoint' | 'chain' | 'trust';

/** One failed check: the part, what in it (an event, a proof, a key), and what is wrong. */
export interface VerificationFailure {
  readonly part: CheckedPart;
  readonly subject: string;
  readonly message: string;
}

/** How much was checked, so a reader sees that passing meant something. */
export interface VerificationCounts {
  readonly events: number;
  readonly masterData: number;
  readonly epcisEvents: number;
  readonly withheldFields: number;
  readonly signatures: number;
  readonly proofs: number;
  readonly chainLinks: number;
  readonly keys: number;
}

/** A village's share of the shipment, as the verified events say. */
export interface VerifiedVillage {
  /** Set when the shipment's lots are counted in different units: then each lot has its own shares. */
  readonly lotId?: string;
  readonly villageId: string;
  readonly name: string | null;
  readonly percent: number;
}

/** A certificate in force on the export date, as the verified events say. */
export interface VerifiedCertificate {
  readonly certificateId: string;
  readonly lotId: string;
  readonly scheme: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly revokedLater: string | null;
}

/** What the verified events say of the shipment; null parts could not be computed from what is shown. */
export interface VerifiedSummary {
  readonly shipmentId: string;
  readonly exportDate: string | null;
  readonly destinationCountry: string | null;
  readonly lots: readonly { readonly lotId: string; readonly product: string | null; readonly quantity: string }[];
  readonly villages: readonly VerifiedVillage[] | null;
  /** Why villages are null, or a caveat (part of the origin unattributed). */
  readonly originNote: string | null;
  readonly certificates: readonly VerifiedCertificate[];
}

/** The verdict on a bundle and what it proves. */
export interface VerificationReport {
  readonly ok: boolean;
  readonly failures: readonly VerificationFailure[];
  readonly counts: VerificationCounts;
  readonly withheld: readonly string[];
  readonly checkpoint: { readonly treeSize: number; readonly rootHash: string; readonly timestamp: string } | null;
  readonly serviceKey: { readonly keyId: string; readonly fingerprint: string; readonly pinned: boolean } | null;
  readonly summary: VerifiedSummary | null;
}

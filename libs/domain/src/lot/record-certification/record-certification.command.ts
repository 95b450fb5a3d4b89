/** Record that a scheme's issuer certified a lot for a period. */
export interface RecordCertification {
  readonly certificateId: string;
  readonly lotId: string;
  readonly schemeId: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly certifiedAt: string;
}

/** Record that a certificate was withdrawn. */
export interface RevokeCertificate {
  readonly lotId: string;
  readonly certificateId: string;
  readonly reason: string;
  readonly revokedAt: string;
}

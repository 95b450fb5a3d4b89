/** Record that a certificate's validity has ended. */
export interface ExpireCertificate {
  readonly lotId: string;
  readonly certificateId: string;
  readonly expiredAt: string;
}

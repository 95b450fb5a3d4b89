/**
 * The issuer of a certification scheme (organic, halal, the regional brand...) certified the lot
 * for a validity period of calendar dates (Kyrgyzstan time, both inclusive). Wire type `lot.certified`.
 */
export interface LotCertified {
  readonly type: 'lot.certified';
  readonly schemaVersion: 1;
  readonly data: {
    readonly certificateId: string;
    readonly lotId: string;
    readonly schemeId: string;
    readonly validFrom: string;
    readonly validUntil: string;
    readonly certifiedAt: string;
  };
}

/** A certificate was withdrawn before its end. Wire type `lot.certificate-revoked`. */
export interface LotCertificateRevoked {
  readonly type: 'lot.certificate-revoked';
  readonly schemaVersion: 1;
  readonly data: {
    readonly certificateId: string;
    readonly lotId: string;
    readonly reason: string;
    readonly revokedAt: string;
  };
}

/** A certificate's validity ended; recorded on or after the day after `validUntil`. Wire type `lot.certificate-expired`. */
export interface LotCertificateExpired {
  readonly type: 'lot.certificate-expired';
  readonly schemaVersion: 1;
  readonly data: {
    readonly certificateId: string;
    readonly lotId: string;
    readonly expiredAt: string;
  };
}

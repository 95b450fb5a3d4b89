import { RevocationReason } from './revocation-reason';

/** An admin withdrew an API key; nothing it sends is accepted from then on. Wire type `api-key.revoked`. */
export interface ApiKeyRevoked {
  readonly type: 'api-key.revoked';
  readonly schemaVersion: 1;
  readonly data: {
    readonly keyId: string;
    readonly reason: RevocationReason;
    readonly revokedAt: string;
  };
}

/** Withdraw an API key for good. */
export interface RevokeApiKey {
  readonly keyId: string;
  readonly reason: string;
}

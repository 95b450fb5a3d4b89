/** Give a party (or one of its field devices) a new API key. The key id is chosen by the caller, at random. */
export interface IssueApiKey {
  readonly keyId: string;
  readonly partyId: string;
  readonly deviceId?: string;
  readonly label: string;
}

/**
 * An admin gave a party (or one field device of it) an API key. Wire type `api-key.issued`.
 * Holds no secret and no hash of it: those stay out of the immutable log (docs/adr/0008).
 */
export interface ApiKeyIssued {
  readonly type: 'api-key.issued';
  readonly schemaVersion: 1;
  readonly data: {
    readonly keyId: string;
    /** The party every event recorded with this key is attributed to. */
    readonly partyId: string;
    /** The field device that holds the key, when it is one (a phone at an apiary). */
    readonly deviceId?: string;
    /** What the key is for, such as `apiary-phone-2`; never a person's name. */
    readonly label: string;
    readonly issuedAt: string;
  };
}

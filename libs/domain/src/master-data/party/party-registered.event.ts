import { Party } from './party';

/** A party entered the master data at version 1; carries no personal data. Wire type `party.registered`. */
export interface PartyRegistered {
  readonly type: 'party.registered';
  readonly schemaVersion: 1;
  readonly data: Party;
}

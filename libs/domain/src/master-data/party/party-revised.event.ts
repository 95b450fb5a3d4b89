import { Party } from './party';

/** A new version of a party (roles, memberships, places operated); carries no personal data. Wire type `party.revised`. */
export interface PartyRevised {
  readonly type: 'party.revised';
  readonly schemaVersion: 1;
  readonly data: Party;
}

import { Party } from './party';
import { SigningKeyEvent } from '../signing-key/signing-key-event';
import { PartyEvent } from './party-event';

/** A party as the rules see it: never registered, or its latest version. */
export type PartyState = { readonly status: 'absent' } | ({ readonly status: 'registered' } & Party);

/** The state of a party that has no events. */
export const ABSENT_PARTY: PartyState = { status: 'absent' };

/**
 * Applies one event to a party's state: each party event carries the whole new version. The party's
 * signing keys share its stream (ADR 0016) and leave the party itself unchanged.
 */
export function evolveParty(state: PartyState, event: PartyEvent | SigningKeyEvent): PartyState {
  switch (event.type) {
    case 'party.registered':
    case 'party.revised':
      return { status: 'registered', ...event.data };
    default:
      return state;
  }
}

/** Folds a party's whole history (signing-key events included, and skipped) into its state. */
export function foldParty(events: readonly (PartyEvent | SigningKeyEvent)[]): PartyState {
  return events.reduce(evolveParty, ABSENT_PARTY);
}

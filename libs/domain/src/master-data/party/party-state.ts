import { Party } from './party';
import { PartyEvent } from './party-event';

/** A party as the rules see it: never registered, or its latest version. */
export type PartyState = { readonly status: 'absent' } | ({ readonly status: 'registered' } & Party);

/** The state of a party that has no events. */
export const ABSENT_PARTY: PartyState = { status: 'absent' };

/** Applies one event to a party's state: each event carries the whole new version. */
export function evolveParty(_state: PartyState, event: PartyEvent): PartyState {
  switch (event.type) {
    case 'party.registered':
    case 'party.revised':
      return { status: 'registered', ...event.data };
  }
}

/** Folds a party's whole history into its state. */
export function foldParty(events: readonly PartyEvent[]): PartyState {
  return events.reduce(evolveParty, ABSENT_PARTY);
}

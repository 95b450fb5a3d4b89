import { Scheme } from './scheme';
import { SchemeEvent } from './scheme-event';

/** A scheme as the rules see it: never registered, or its latest version. */
export type SchemeState = { readonly status: 'absent' } | ({ readonly status: 'registered' } & Scheme);

/** The state of a scheme that has no events. */
export const ABSENT_SCHEME: SchemeState = { status: 'absent' };

/** Applies one event to a scheme's state: each event carries the whole new version. */
export function evolveScheme(_state: SchemeState, event: SchemeEvent): SchemeState {
  switch (event.type) {
    case 'scheme.registered':
    case 'scheme.revised':
      return { status: 'registered', ...event.data };
  }
}

/** Folds a scheme's whole history into its state. */
export function foldScheme(events: readonly SchemeEvent[]): SchemeState {
  return events.reduce(evolveScheme, ABSENT_SCHEME);
}

import { Place } from './place';
import { PlaceEvent } from './place-event';

/** A place as the rules see it: never registered, or its latest version. */
export type PlaceState = { readonly status: 'absent' } | ({ readonly status: 'registered' } & Place);

/** The state of a place that has no events. */
export const ABSENT_PLACE: PlaceState = { status: 'absent' };

/** Applies one event to a place's state: each event carries the whole new version. */
export function evolvePlace(_state: PlaceState, event: PlaceEvent): PlaceState {
  switch (event.type) {
    case 'place.registered':
    case 'place.revised':
      return { status: 'registered', ...event.data };
  }
}

/** Folds a place's whole history into its state. */
export function foldPlace(events: readonly PlaceEvent[]): PlaceState {
  return events.reduce(evolvePlace, ABSENT_PLACE);
}

import { Place } from './place';

/** A new version of a registered place; earlier versions stay in the log for the facts recorded under them. Wire type `place.revised`. */
export interface PlaceRevised {
  readonly type: 'place.revised';
  readonly schemaVersion: 1;
  readonly data: Place;
}

import { Place } from './place';

/** A place entered the master data at version 1. Wire type `place.registered`. */
export interface PlaceRegistered {
  readonly type: 'place.registered';
  readonly schemaVersion: 1;
  readonly data: Place;
}

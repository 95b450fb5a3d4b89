import { PlaceRegistered } from './place-registered.event';
import { PlaceRevised } from './place-revised.event';

/** Every fact that can happen to a place. */
export type PlaceEvent = PlaceRegistered | PlaceRevised;

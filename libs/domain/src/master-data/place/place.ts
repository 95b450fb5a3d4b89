import { LocalisedNames } from '../shared/localised-names';
import { Gln } from '../gs1/gln';
import { PlaceGeometry } from './place-geometry';
import { PlaceKind } from './place-kind';

/** One version of a place, as its events carry it: a full snapshot, so any version reads alone. */
export interface Place {
  readonly placeId: string;
  readonly version: number;
  readonly kind: PlaceKind;
  readonly gln: Gln;
  readonly names: LocalisedNames;
  /** The place that contains this one; absent only for regions and cities. */
  readonly parentId?: string;
  readonly geometry?: PlaceGeometry;
}

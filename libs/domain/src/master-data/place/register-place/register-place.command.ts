import { LocalisedNames } from '../../shared/localised-names';
import { PlaceGeometry } from '../place-geometry';

/** Register a place, or (with expectedVersion) record a new version of it. */
export interface RegisterPlace {
  readonly placeId: string;
  /** Absent to register a new place; the current version to revise an existing one. */
  readonly expectedVersion?: number;
  readonly kind: string;
  /** GLN-13 with its check digit. */
  readonly gln: string;
  readonly names: LocalisedNames;
  readonly parentId?: string;
  readonly geometry?: PlaceGeometry;
}

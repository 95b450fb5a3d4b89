import { LocalisedNames } from '../../shared/localised-names';

/** Register a brand or certification scheme, or (with expectedVersion) record a new version of it. */
export interface RegisterScheme {
  readonly schemeId: string;
  /** Absent to register a new scheme; the current version to revise an existing one. */
  readonly expectedVersion?: number;
  readonly kind: string;
  readonly names: LocalisedNames;
  readonly issuerPartyId: string;
  /** Required for a regional brand, refused otherwise. */
  readonly regionId?: string;
}

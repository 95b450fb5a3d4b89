/**
 * Register a party, or (with expectedVersion) record a new version of it. Personal details are
 * not part of this command: they are recorded separately as PartyPersonalDetails.
 */
export interface RegisterParty {
  readonly partyId: string;
  /** Absent to register a new party; the current version to revise an existing one. */
  readonly expectedVersion?: number;
  readonly kinds: readonly string[];
  readonly memberOfIds?: readonly string[];
  readonly operatesPlaceIds?: readonly string[];
}

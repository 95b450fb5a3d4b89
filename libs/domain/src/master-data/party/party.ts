import { PartyKind } from './party-kind';

/**
 * One version of a party as its events carry it. Deliberately holds no personal data (no name,
 * phone or address): events are never erased, so a person is referred to only by `partyId`, and
 * their details live in PartyPersonalDetails, which can be erased without touching the log.
 */
export interface Party {
  readonly partyId: string;
  readonly version: number;
  /** Sorted, unique. */
  readonly kinds: readonly PartyKind[];
  /** The village groups or associations (such as the OVOP association) the party is a member of; sorted. */
  readonly memberOfIds: readonly string[];
  /** The places the party operates (apiaries, workshops, shops...); sorted. */
  readonly operatesPlaceIds: readonly string[];
}

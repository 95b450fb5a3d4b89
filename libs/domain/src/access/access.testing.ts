import { MasterDataLookup, masterDataLookupOf } from '../master-data/lookup/master-data-lookup';
import { Party } from '../master-data/party/party';
import { PartyKind } from '../master-data/party/party-kind';

/** For the access unit tests: a party at version 1 with the given roles. */
export function partyOf(partyId: string, kinds: PartyKind[], operatesPlaceIds: string[] = []): Party {
  return { partyId, version: 1, kinds, memberOfIds: [], operatesPlaceIds };
}

/** The OVOP association's admin, a Tamga beekeeper and a Karakol inspector. */
export const ADMIN = partyOf('admin:ovop-association', ['admin']);
export const ASEL = partyOf('producer:asel-tamga', ['producer'], ['apiary:tamga-sainfoin-slope']);
export const INSPECTOR = partyOf('inspector:karakol-1', ['inspector']);

/** The master data of the access tests. */
export const WORLD: MasterDataLookup = masterDataLookupOf({ parties: [ADMIN, ASEL, INSPECTOR] });

/** Command metadata with the given actor. */
export const by = (actorId: string | null) => ({ now: new Date('2026-05-04T03:00:00Z'), actorId });

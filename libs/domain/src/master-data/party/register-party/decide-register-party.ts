import { CommandMetadata } from '../../../shared/command-metadata';
import { DomainError } from '../../../shared/domain-error';
import { nextVersion } from '../../shared/next-version';
import { oneOf } from '../../shared/one-of';
import { assertReferenceId, referenceIdSet } from '../../shared/reference-id';
import { Party } from '../party';
import { PartyEvent } from '../party-event';
import { PARTY_KINDS } from '../party-kind';
import { PartyState } from '../party-state';
import { RegisterParty } from './register-party.command';

/**
 * Decides a party registration (`party.registered`, version 1) or revision (`party.revised`).
 * Enforces: valid id, at least one known kind, no duplicates, valid membership and place ids.
 * The event is built field by field, so personal data sent along with the command cannot reach the log.
 */
export function decideRegisterParty(command: RegisterParty, state: PartyState, _meta: CommandMetadata): [PartyEvent] {
  const partyId = assertReferenceId(command.partyId, 'partyId');
  const version = nextVersion('party', partyId, state, command.expectedVersion);
  const kinds = [...new Set((command.kinds ?? []).map((kind, i) => oneOf(kind, PARTY_KINDS, `kinds[${i}]`)))].sort();
  if (kinds.length === 0) {
    throw new DomainError('PARTY.INVALID', 'invalid', 'A party needs at least one kind', [
      { field: 'kinds', rule: 'at-least-one-kind', message: `must list one or more of ${PARTY_KINDS.join(', ')}` },
    ]);
  }
  const data: Party = {
    partyId,
    version,
    kinds,
    memberOfIds: referenceIdSet(command.memberOfIds ?? [], 'memberOfIds'),
    operatesPlaceIds: referenceIdSet(command.operatesPlaceIds ?? [], 'operatesPlaceIds'),
  };
  return version === 1
    ? [{ type: 'party.registered', schemaVersion: 1, data }]
    : [{ type: 'party.revised', schemaVersion: 1, data }];
}

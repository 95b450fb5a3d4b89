import { DomainError } from '../shared/domain-error';
import { PartyKind } from '../master-data/party/party-kind';

/**
 * Refuses (403) a caller that holds none of the roles an action needs, naming both sides so the
 * caller knows which key to use instead. Roles are the kinds of the key's party.
 */
export function assertHoldsRole(held: readonly PartyKind[], required: readonly PartyKind[], action: string): void {
  if (required.some((role) => held.includes(role))) return;
  throw new DomainError('ACCESS.ROLE_REQUIRED', 'forbidden', `The role ${required.join(' or ')} is needed to ${action}`, [
    {
      field: 'Authorization',
      rule: 'role',
      message: `${action} needs the role ${required.join(' or ')}; this key's party holds ${held.length > 0 ? held.join(', ') : 'no role'}`,
      required,
      held,
    },
  ]);
}

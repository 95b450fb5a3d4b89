import { DomainError } from '../../shared/domain-error';
import { CommandMetadata } from '../../shared/command-metadata';
import { MasterDataLookup } from '../lookup/master-data-lookup';

/** Refuses (403) anyone but an admin or the party itself: a party manages only its own signing keys. */
export function assertKeyKeeper(partyId: string, masterData: MasterDataLookup, meta: CommandMetadata, action: string): void {
  if (meta.actorId === partyId) return;
  const actor = meta.actorId === null ? undefined : masterData.party(meta.actorId);
  if (actor?.kinds.includes('admin')) return;
  throw new DomainError('ACCESS.NOT_OWN_SIGNING_KEY', 'forbidden', `${meta.actorId ?? 'An anonymous caller'} may not ${action} of ${partyId}`, [
    { field: 'partyId', rule: 'own-signing-keys', message: 'a party manages its own signing keys; an admin manages anyone\'s', partyId, actorId: meta.actorId },
  ]);
}

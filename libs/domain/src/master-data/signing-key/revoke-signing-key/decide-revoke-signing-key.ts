import { revocationReasonOf } from '../../../access/revocation-reason';
import { CommandMetadata } from '../../../shared/command-metadata';
import { DomainError } from '../../../shared/domain-error';
import { MasterDataLookup } from '../../lookup/master-data-lookup';
import { assertKeyKeeper } from '../assert-key-keeper';
import { SigningKeyRevoked } from '../signing-key-revoked.event';
import { SigningKeysState } from '../signing-keys-state';
import { RevokeSigningKey } from './revoke-signing-key.command';

/**
 * Decides revoking a signing key: by the party or an admin, of a key registered to that party
 * (another party's key id is unknown here), once (a second revocation is a conflict, so the first
 * time stands: signatures before it stay valid, later ones fail).
 */
export function decideRevokeSigningKey(
  command: RevokeSigningKey,
  state: SigningKeysState,
  masterData: MasterDataLookup,
  meta: CommandMetadata,
): [SigningKeyRevoked] {
  if (!state.partyRegistered) {
    throw new DomainError('PARTY.NOT_FOUND', 'not-found', `Party ${command.partyId} is not registered`, [
      { field: 'partyId', rule: 'registered', message: 'must name a registered party', partyId: command.partyId },
    ]);
  }
  assertKeyKeeper(command.partyId, masterData, meta, 'revoke signing keys');
  const reason = command.reason === undefined ? undefined : revocationReasonOf(command.reason);
  const key = state.keys.find((k) => k.keyId === command.keyId);
  if (!key) {
    throw new DomainError('SIGNING_KEY.NOT_FOUND', 'not-found', `Party ${command.partyId} has no signing key ${command.keyId}`, [
      { field: 'keyId', rule: 'registered-key-of-party', message: 'must name a signing key registered to this party', keyId: command.keyId },
    ]);
  }
  if (key.revokedAt !== undefined) {
    throw new DomainError('SIGNING_KEY.ALREADY_REVOKED', 'conflict', `Signing key ${key.keyId} is already revoked`, [
      { field: 'keyId', rule: 'not-revoked', message: 'a key is revoked once', revokedAt: key.revokedAt, ...(key.reason ? { reason: key.reason } : {}) },
    ]);
  }
  const data = { partyId: command.partyId, keyId: key.keyId, revokedAt: meta.now.toISOString(), ...(reason !== undefined ? { reason } : {}) };
  return [{ type: 'party.signing-key-revoked', schemaVersion: 1, data }];
}

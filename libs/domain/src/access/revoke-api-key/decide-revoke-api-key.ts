import { CommandMetadata } from '../../shared/command-metadata';
import { DomainError } from '../../shared/domain-error';
import { MasterDataLookup } from '../../master-data/lookup/master-data-lookup';
import { ApiKeyRevoked } from '../api-key-revoked.event';
import { assertApiKeyId } from '../api-key-id';
import { ApiKeyState } from '../api-key-state';
import { assertAdmin } from '../assert-admin';
import { revocationReasonOf } from '../revocation-reason';
import { RevokeApiKey } from './revoke-api-key.command';

/**
 * Decides revoking an API key: only an admin revokes, only a key that was issued, and only once
 * (a second revocation is a conflict, so the first reason and time stand).
 */
export function decideRevokeApiKey(command: RevokeApiKey, state: ApiKeyState, masterData: MasterDataLookup, meta: CommandMetadata): [ApiKeyRevoked] {
  assertAdmin(masterData, meta, 'revoke API keys');
  const keyId = assertApiKeyId(command.keyId);
  const reason = revocationReasonOf(command.reason);
  if (state.status === 'absent') {
    throw new DomainError('API_KEY.NOT_FOUND', 'not-found', `API key ${keyId} was never issued`, [
      { field: 'keyId', rule: 'issued-key', message: 'must name an issued API key' },
    ]);
  }
  if (state.status === 'revoked') {
    throw new DomainError('API_KEY.ALREADY_REVOKED', 'conflict', `API key ${keyId} is already revoked`, [
      { field: 'keyId', rule: 'not-revoked', message: 'a key is revoked once', revokedAt: state.revokedAt, reason: state.reason },
    ]);
  }
  return [{ type: 'api-key.revoked', schemaVersion: 1, data: { keyId, reason, revokedAt: meta.now.toISOString() } }];
}

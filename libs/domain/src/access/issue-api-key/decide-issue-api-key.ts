import { CommandMetadata } from '../../shared/command-metadata';
import { DomainError } from '../../shared/domain-error';
import { MasterDataLookup } from '../../master-data/lookup/master-data-lookup';
import { assertReferenceId } from '../../master-data/shared/reference-id';
import { ApiKeyIssued } from '../api-key-issued.event';
import { assertApiKeyId } from '../api-key-id';
import { ApiKeyState } from '../api-key-state';
import { assertAdmin } from '../assert-admin';
import { IssueApiKey } from './issue-api-key.command';

/**
 * A label names what a key is for (`apiary-phone-2`, `shop-till`), in the house's identifier
 * alphabet: free text would invite a person's name into an event that is never erased.
 */
const LABEL_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,63}$/;

/**
 * Decides issuing an API key: only an admin issues, only to a registered party, under a key id
 * not used before. The secret is no part of the decision or of the event.
 */
export function decideIssueApiKey(command: IssueApiKey, state: ApiKeyState, masterData: MasterDataLookup, meta: CommandMetadata): [ApiKeyIssued] {
  assertAdmin(masterData, meta, 'issue API keys');
  const keyId = assertApiKeyId(command.keyId);
  const partyId = assertReferenceId(command.partyId, 'partyId');
  const deviceId = command.deviceId === undefined ? undefined : assertReferenceId(command.deviceId, 'deviceId');
  if (typeof command.label !== 'string' || !LABEL_PATTERN.test(command.label)) {
    throw new DomainError('API_KEY.INVALID_LABEL', 'invalid', 'Invalid API key label', [
      { field: 'label', rule: 'key-label', message: 'must be 1 to 64 lowercase letters, digits, ".", "_", ":" or "-", such as apiary-phone-2' },
    ]);
  }
  if (!masterData.party(partyId)) {
    throw new DomainError('REFERENCE.UNKNOWN_PARTY', 'invalid', `Party ${partyId} is not registered`, [
      { field: 'partyId', rule: 'registered-party', message: 'a key is issued only to a registered party', partyId },
    ]);
  }
  if (state.status !== 'absent') {
    throw new DomainError('API_KEY.ALREADY_EXISTS', 'conflict', `API key ${keyId} already exists`, [
      { field: 'keyId', rule: 'new-key-id', message: 'this key id is taken; issue again for a new one' },
    ]);
  }
  return [
    {
      type: 'api-key.issued',
      schemaVersion: 1,
      data: { keyId, partyId, ...(deviceId !== undefined ? { deviceId } : {}), label: command.label, issuedAt: meta.now.toISOString() },
    },
  ];
}

import { CommandMetadata } from '../../../shared/command-metadata';
import { DomainError } from '../../../shared/domain-error';
import { MasterDataLookup } from '../../lookup/master-data-lookup';
import { assertKeyKeeper } from '../assert-key-keeper';
import { SigningKeyRegistered } from '../signing-key-registered.event';
import { SigningKeysState } from '../signing-keys-state';
import { RegisterSigningKey } from './register-signing-key.command';

/** 32 bytes in unpadded base64url: 43 characters, the last carrying 2 zero bits. */
const ED25519_PUBLIC_KEY = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
/** A field device's label: short, no spaces at the ends, nothing that names a person by accident of format. */
const DEVICE_LABEL = /^[A-Za-z0-9][A-Za-z0-9 ._:-]{0,62}[A-Za-z0-9]$|^[A-Za-z0-9]$/;

function invalid(field: string, rule: string, message: string): DomainError {
  return new DomainError('SIGNING_KEY.INVALID', 'invalid', `Invalid ${field}: ${message}`, [{ field, rule, message }]);
}

/**
 * Decides registering a signing key: the party must be registered, the caller must be the party or
 * an admin, the key a raw Ed25519 public key the party has not registered before (a revoked key
 * is never registered again: its old signatures would blur with new ones).
 */
export function decideRegisterSigningKey(
  command: RegisterSigningKey,
  state: SigningKeysState,
  masterData: MasterDataLookup,
  meta: CommandMetadata,
): [SigningKeyRegistered] {
  if (!state.partyRegistered) {
    throw new DomainError('PARTY.NOT_FOUND', 'not-found', `Party ${command.partyId} is not registered`, [
      { field: 'partyId', rule: 'registered', message: 'register the party first (POST /parties)', partyId: command.partyId },
    ]);
  }
  assertKeyKeeper(command.partyId, masterData, meta, 'register signing keys');
  if (typeof command.publicKey !== 'string' || !ED25519_PUBLIC_KEY.test(command.publicKey)) {
    throw invalid('publicKey', 'ed25519-public-key', 'must be a raw 32-byte Ed25519 public key in base64url without padding (43 characters)');
  }
  if (command.device !== undefined && (typeof command.device !== 'string' || !DEVICE_LABEL.test(command.device))) {
    throw invalid('device', 'device-label', 'must be 1 to 64 letters, digits, spaces, ".", "_", ":" or "-", starting and ending with a letter or digit');
  }
  const taken = state.keys.find((k) => k.keyId === command.keyId || k.publicKey === command.publicKey);
  if (taken) {
    throw new DomainError('SIGNING_KEY.ALREADY_REGISTERED', 'conflict', `Key ${taken.keyId} is already registered for ${command.partyId}`, [
      {
        field: 'publicKey',
        rule: 'new-key',
        message: taken.revokedAt ? 'this key was revoked and cannot be registered again; generate a new key pair' : 'this key is already registered',
        keyId: taken.keyId,
        ...(taken.revokedAt ? { revokedAt: taken.revokedAt } : {}),
      },
    ]);
  }
  const data = {
    partyId: command.partyId,
    keyId: command.keyId,
    publicKey: command.publicKey,
    ...(command.device !== undefined ? { device: command.device } : {}),
    registeredAt: meta.now.toISOString(),
  };
  return [{ type: 'party.signing-key-registered', schemaVersion: 1, data }];
}

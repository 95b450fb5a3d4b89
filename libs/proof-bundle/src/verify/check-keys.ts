import { keyIdOf } from '#tamga/integrity';
import { BundleKey } from '../format/proof-bundle';
import { keyFingerprintOf } from '../format/key-fingerprint';
import { Failures } from './failures';
import { RecomputedRecord } from './recompute-records';

const contains = (value: unknown, text: string): boolean =>
  value === text || (value !== null && typeof value === 'object' && Object.values(value as object).some((v) => contains(v, text)));

/**
 * Every key must be what the log says: its fingerprint its own, its registration (and revocation)
 * a record of the bundle (so proven in the log like any event) that names the same public key, at
 * the time the key claims. Returns the keys that passed, by key id.
 */
export function checkKeys(keys: readonly BundleKey[], records: readonly RecomputedRecord[], failures: Failures): Map<string, BundleKey> {
  const byEventId = new Map(records.map((r) => [r.record.eventId, r]));
  const valid = new Map<string, BundleKey>();
  for (const key of keys) {
    const subject = `key ${key.keyId} (${key.kind}${key.partyId ? ` of ${key.partyId}` : ''})`;
    const before = failures.list.length;
    if (fingerprintOrNull(key.publicKey) !== key.fingerprint) failures.add('key', subject, `its fingerprint ${key.fingerprint} is not that of its public key`);
    if (keyIdOrNull(key.publicKey) !== key.keyId) failures.add('key', subject, `its key id is not that of its public key (${keyIdOrNull(key.publicKey) ?? 'not a 32-byte Ed25519 key'})`);
    const registration = byEventId.get(key.registeredBy);
    if (!registration) failures.add('key', subject, `its registration event ${key.registeredBy} is not in the bundle`);
    else {
      if (!/signing-key-registered$/.test(registration.record.type)) failures.add('key', subject, `${key.registeredBy} is a ${registration.record.type}, not a key registration`);
      if (!contains(registration.data, key.publicKey)) failures.add('key', subject, `its registration event ${key.registeredBy} does not show this public key`);
      if (registration.record.recordedAt !== key.registeredAt) failures.add('key', subject, `registered at ${registration.record.recordedAt}, not ${key.registeredAt}`);
    }
    if (key.revokedBy !== null) {
      const revocation = byEventId.get(key.revokedBy);
      if (!revocation) failures.add('key', subject, `its revocation event ${key.revokedBy} is not in the bundle`);
      else if (!/signing-key-revoked$/.test(revocation.record.type) || revocation.record.recordedAt !== key.revokedAt || !contains(revocation.data, key.keyId)) {
        failures.add('key', subject, `its revocation event ${key.revokedBy} does not revoke it at ${key.revokedAt}`);
      }
    }
    if (failures.list.length === before) valid.set(key.keyId, key);
  }
  return valid;
}

function keyIdOrNull(publicKey: string): string | null {
  try {
    return keyIdOf(publicKey);
  } catch {
    return null;
  }
}

function fingerprintOrNull(publicKey: string): string | null {
  try {
    return keyFingerprintOf(publicKey);
  } catch {
    return null;
  }
}

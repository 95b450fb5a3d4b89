import { BundleKey } from '../format/proof-bundle';
import { keyFingerprintOf } from '../format/key-fingerprint';
import { SealedLeaf } from './bundle-record';

interface KeyData {
  readonly partyId?: string;
  readonly keyId: string;
  readonly publicKey?: string;
  readonly device?: string;
}

/**
 * The keys registered by the given events (a party's or a device's on the party's stream, the
 * service's on its own), each with its registration and any revocation among them: the times a
 * verifier checks signatures against are the recordedAt of those events, which the log proves.
 */
export function bundleKeysOf(leaves: readonly SealedLeaf[]): BundleKey[] {
  const keys = new Map<string, BundleKey>();
  for (const { envelope } of leaves) {
    const data = envelope.data as KeyData;
    if ((envelope.type === 'party.signing-key-registered' || envelope.type === 'service.signing-key-registered') && data.publicKey && !keys.has(data.keyId)) {
      const service = envelope.type === 'service.signing-key-registered';
      keys.set(data.keyId, {
        keyId: data.keyId,
        kind: service ? 'service' : data.device ? 'device' : 'party',
        partyId: service ? null : (data.partyId ?? null),
        alg: 'Ed25519',
        publicKey: data.publicKey,
        fingerprint: keyFingerprintOf(data.publicKey),
        registeredAt: envelope.recordedAt,
        registeredBy: envelope.eventId,
        revokedAt: null,
        revokedBy: null,
      });
    }
  }
  for (const { envelope } of leaves) {
    const data = envelope.data as KeyData;
    const key = keys.get(data.keyId);
    if (envelope.type.endsWith('.signing-key-revoked') && key && key.revokedBy === null) {
      keys.set(data.keyId, { ...key, revokedAt: envelope.recordedAt, revokedBy: envelope.eventId });
    }
  }
  return [...keys.values()].sort((a, b) => a.keyId.localeCompare(b.keyId));
}

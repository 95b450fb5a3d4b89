import { EventSealSignature } from '#tamga/contracts';
import { DomainError, SigningKeysState, isSigningKeyActiveAt } from '#tamga/domain';
import { canonicalJsonBytes, verifySignature } from '#tamga/integrity';
import { FactSealPlan } from './fact-seal-plan';
import { parseSignature } from './lot-fact-signing';

const WHAT_A_DEVICE_SIGNS =
  'a device signs the signing payload of the fact exactly as it will be recorded: it must name the lot ids, fact ids and times itself ' +
  '(else the server generates them and the recorded fact differs from what was signed); POST the same request with ?dryRun=true to see the payload';

/**
 * The signature a fact is sealed with (ADR 0016): the device's, if it verifies over the fact's
 * signing payload with an active key of the actor; none (the store signs as the server) for a party
 * without active keys. A party that has an active key must sign. Refusals name `field`.
 */
export async function factSignature(
  plan: FactSealPlan,
  sent: string | undefined,
  keys: SigningKeysState,
  actorId: string,
  at: Date,
  field: string,
): Promise<EventSealSignature | undefined> {
  if (sent === undefined) {
    if (!keys.keys.some((k) => isSigningKeyActiveAt(k, at))) return undefined;
    throw new DomainError('SIGNATURE.REQUIRED', 'invalid', `${actorId} has an active signing key, so its facts must be signed`, [
      { field, rule: 'signature-required', message: `a party with an active signing key signs every fact it records in ${field}; ${WHAT_A_DEVICE_SIGNS}` },
    ]);
  }
  const { keyId, value } = parseSignature(sent, field);
  const key = keys.keys.find((k) => k.keyId === keyId);
  if (!key) {
    throw new DomainError('SIGNATURE.UNKNOWN_KEY', 'forbidden', `Key ${keyId} is not a signing key of ${actorId}`, [
      { field, rule: 'key-of-actor', message: 'the key must be registered to the party whose API key records the fact', keyId },
    ]);
  }
  if (!isSigningKeyActiveAt(key, at)) {
    throw new DomainError('SIGNATURE.KEY_REVOKED', 'forbidden', `Signing key ${keyId} of ${actorId} is revoked`, [
      { field, rule: 'key-not-revoked', message: 'a revoked key signs nothing new; register a new key', keyId, ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}) },
    ]);
  }
  if (!(await verifySignature(key.publicKey, canonicalJsonBytes(plan.signingPayload), value))) {
    throw new DomainError('SIGNATURE.INVALID', 'invalid', `The signature by key ${keyId} does not verify over this fact`, [
      { field, rule: 'signature-verifies', message: WHAT_A_DEVICE_SIGNS, keyId, signingPayload: plan.signingPayload },
    ]);
  }
  return { keyId, by: 'device', alg: 'Ed25519', value };
}

import { verifySignatureSync } from '#tamga/integrity';
import { KeyRing } from './key-ring';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';

/** Verifies a signature now if its key is known, and drops the signed bytes once it is. */
export function verifyIfKeyKnown(leaf: LeafMessage, keys: KeyRing): void {
  const signature = leaf.signature;
  if (!signature || signature.payload === null) return;
  const key = keys.get(signature.keyId);
  if (!key) return;
  signature.verified = verifySignatureSync(key.publicKey, signature.payload, signature.value);
  signature.payload = null;
}

/**
 * Every sealed event's signature, by a key the log registered (ADR 0016): it verifies, the key was
 * valid at the event's recordedAt (registered before, not yet revoked), a server signature is the
 * service's and a device signature a key of the event's actor. Keys are judged once the whole
 * log has been read, so a revocation read from another partition still counts.
 */
export function checkSignatures(leaves: readonly LeafMessage[], keys: KeyRing): LogFinding[] {
  const findings: LogFinding[] = [];
  for (const leaf of leaves) {
    const signature = leaf.signature;
    if (!signature) continue;
    verifyIfKeyKnown(leaf, keys);
    const bad = (detail: string) => findings.push({ kind: 'bad-signature', subject: eventName(leaf.event, leaf.leafIndex), detail });
    const key = keys.get(signature.keyId);
    if (!key) bad(`it is signed by key ${signature.keyId}, which the log never registered`);
    else if (!signature.verified) bad(`its ${signature.by} signature by key ${signature.keyId} does not verify`);
    else if (signature.by === 'server' && key.partyId !== null) bad(`it claims a server signature, but key ${signature.keyId} is party ${key.partyId}'s`);
    else if (signature.by === 'device' && key.partyId !== signature.actorId) bad(`its device key ${signature.keyId} is ${key.partyId ?? "the service's"}, not its actor ${signature.actorId}'s`);
    else if (!keys.validAt(key, signature.recordedAt)) bad(`key ${signature.keyId} was not valid at ${signature.recordedAt} (registered ${key.registeredAt}${key.revokedAt ? `, revoked ${key.revokedAt}` : ''})`);
  }
  return findings;
}

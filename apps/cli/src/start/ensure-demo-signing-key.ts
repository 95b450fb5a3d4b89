import { generateSigningKey } from '#tamga/integrity';
import { expectDemoAnswer } from './demo-client';
import { DemoKey, DemoSigningKey } from './demo-keys';

/**
 * The field device's Ed25519 signing key (ADR 0016): the keys file's if the party still has it
 * registered and active, else a new pair registered with the party's own API key; any other
 * active key of the party is revoked then (rotated), since a party with an active key must sign and
 * only this one's private half is known here. The private key stays in the git-ignored keys file.
 */
export async function ensureDemoSigningKey(captureUrl: string, key: DemoKey, known: DemoSigningKey | undefined): Promise<{ signingKey: DemoSigningKey; registered: boolean }> {
  const path = `/parties/${key.partyId}/signing-keys`;
  const listed = await expectDemoAnswer(captureUrl, `signing-keys/${key.partyId}`, { method: 'GET', path, apiKey: key.apiKey }, [200]);
  const active: { keyId: string; status: string }[] = (listed.body.signingKeys ?? []).filter((k: { status: string }) => k.status === 'active');
  if (known && active.some((k) => k.keyId === known.keyId)) return { signingKey: known, registered: false };
  const pair = generateSigningKey();
  const device = key.deviceId?.replace(/^device:/, '') ?? 'field-device';
  await expectDemoAnswer(captureUrl, `signing-key/${key.partyId}`, { method: 'POST', path, apiKey: key.apiKey, body: { publicKey: pair.publicKey, device } }, [201]);
  for (const old of active) {
    await expectDemoAnswer(captureUrl, `signing-key/${key.partyId}/${old.keyId}/revocation`, { method: 'POST', path: `${path}/${old.keyId}/revocation`, apiKey: key.apiKey, body: { reason: 'rotated' } }, [200]);
  }
  return { signingKey: { keyId: pair.keyId, publicKey: pair.publicKey, privateKey: pair.privateKey, device }, registered: true };
}

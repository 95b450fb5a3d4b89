import { ADMIN, ASEL, INSPECTOR, WORLD, by } from '../../../access/access.testing';
import { refusal } from '../../../shared/refusal.testing';
import { PartyStreamEvent, foldSigningKeys } from '../signing-keys-state';
import { decideRevokeSigningKey } from '../revoke-signing-key/decide-revoke-signing-key';
import { decideRegisterSigningKey } from './decide-register-signing-key';

const PHONE_KEY = 'Bu1bqVnbDZ7j1yVyDA4hTMm0MYNfdN8hDDBw2r9r6cA';
const OTHER_KEY = 'xp0Kp4qmnv_ajHS9rpw0XzMWsRTuldX1LfH0pYk5Gmg';
const registered: PartyStreamEvent = { type: 'party.registered', data: ASEL };
const command = { partyId: ASEL.partyId, keyId: 'k-phone-1', publicKey: PHONE_KEY, device: 'apiary-phone-1' };

/** Given a party stream, when a signing key is registered: the events, or the refusal. */
function when(given: PartyStreamEvent[], actorId: string, c = command) {
  return decideRegisterSigningKey(c, foldSigningKeys(given), WORLD, by(actorId));
}

describe('register a signing key', () => {
  it('given a registered party, the party itself registers its device key: party.signing-key-registered', () => {
    expect(when([registered], ASEL.partyId)).toEqual([
      {
        type: 'party.signing-key-registered',
        schemaVersion: 1,
        data: { partyId: ASEL.partyId, keyId: 'k-phone-1', publicKey: PHONE_KEY, device: 'apiary-phone-1', registeredAt: '2026-05-04T03:00:00.000Z' },
      },
    ]);
  });

  it('an admin registers a key for any party; the device label is optional', () => {
    const [event] = when([registered], ADMIN.partyId, { partyId: ASEL.partyId, keyId: 'k-1', publicKey: PHONE_KEY } as typeof command);
    expect(event.data).toEqual({ partyId: ASEL.partyId, keyId: 'k-1', publicKey: PHONE_KEY, registeredAt: '2026-05-04T03:00:00.000Z' });
  });

  it('refuses an unknown party (404)', () => {
    expect(refusal(() => when([], ADMIN.partyId))).toMatchObject({ code: 'PARTY.NOT_FOUND', kind: 'not-found', details: [{ field: 'partyId', rule: 'registered' }] });
  });

  it('refuses another party registering a key for this one (403)', () => {
    expect(refusal(() => when([registered], INSPECTOR.partyId))).toMatchObject({
      code: 'ACCESS.NOT_OWN_SIGNING_KEY',
      kind: 'forbidden',
      details: [{ field: 'partyId', rule: 'own-signing-keys' }],
    });
  });

  it('refuses a key registered before, active or revoked (409)', () => {
    const [first] = when([registered], ASEL.partyId);
    expect(refusal(() => when([registered, first], ASEL.partyId, { ...command, keyId: 'k-again' }))).toMatchObject({
      code: 'SIGNING_KEY.ALREADY_REGISTERED',
      kind: 'conflict',
      details: [{ field: 'publicKey', rule: 'new-key', keyId: 'k-phone-1' }],
    });
    const [revoked] = decideRevokeSigningKey({ partyId: ASEL.partyId, keyId: 'k-phone-1', reason: 'rotated' }, foldSigningKeys([registered, first]), WORLD, by(ASEL.partyId));
    expect(refusal(() => when([registered, first, revoked], ASEL.partyId)).details[0]).toMatchObject({ rule: 'new-key', revokedAt: '2026-05-04T03:00:00.000Z' });
    expect(when([registered, first, revoked], ASEL.partyId, { ...command, keyId: 'k-phone-2', publicKey: OTHER_KEY })[0].type).toBe('party.signing-key-registered');
  });

  it.each([
    ['not base64url', 'Bu1bqVnbDZ7j1yVyDA4hTMm0MYNfdN8hDDBw2r9r6c+', 'publicKey', 'ed25519-public-key'],
    ['too short', 'Bu1bqVnbDZ7j1yVyDA4hTMm0MYN', 'publicKey', 'ed25519-public-key'],
    ['padded', `${PHONE_KEY}=`, 'publicKey', 'ed25519-public-key'],
  ])('refuses a public key that is %s (422)', (_case, publicKey, field, rule) => {
    expect(refusal(() => when([registered], ASEL.partyId, { ...command, publicKey }))).toMatchObject({ kind: 'invalid', details: [{ field, rule }] });
  });

  it('refuses a device label that is not a short label (422)', () => {
    expect(refusal(() => when([registered], ASEL.partyId, { ...command, device: ' phone\n' }))).toMatchObject({ kind: 'invalid', details: [{ field: 'device', rule: 'device-label' }] });
  });
});

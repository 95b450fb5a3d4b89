import { ADMIN, ASEL, INSPECTOR, WORLD, by } from '../../../access/access.testing';
import { refusal } from '../../../shared/refusal.testing';
import { PartyStreamEvent, foldSigningKeys, isSigningKeyActiveAt } from '../signing-keys-state';
import { decideRevokeSigningKey } from './decide-revoke-signing-key';

const registered: PartyStreamEvent = { type: 'party.registered', data: ASEL };
const keyRegistered: PartyStreamEvent = {
  type: 'party.signing-key-registered',
  data: { partyId: ASEL.partyId, keyId: 'k-phone-1', publicKey: 'Bu1bqVnbDZ7j1yVyDA4hTMm0MYNfdN8hDDBw2r9r6cA', registeredAt: '2026-05-01T00:00:00.000Z' },
};

/** Given a party stream, when a key of it is revoked: the events, or the refusal. */
function when(given: PartyStreamEvent[], actorId: string, keyId = 'k-phone-1', reason?: string) {
  return decideRevokeSigningKey({ partyId: ASEL.partyId, keyId, ...(reason ? { reason } : {}) }, foldSigningKeys(given), WORLD, by(actorId));
}

describe('revoke a signing key', () => {
  it('given an active key, the party revokes it: party.signing-key-revoked; signatures before stay valid, later ones not', () => {
    const events = when([registered, keyRegistered], ASEL.partyId, 'k-phone-1', 'rotated');
    expect(events).toEqual([
      { type: 'party.signing-key-revoked', schemaVersion: 1, data: { partyId: ASEL.partyId, keyId: 'k-phone-1', revokedAt: '2026-05-04T03:00:00.000Z', reason: 'rotated' } },
    ]);
    const [key] = foldSigningKeys([registered, keyRegistered, ...events]).keys;
    expect(isSigningKeyActiveAt(key, new Date('2026-05-04T02:59:59.999Z'))).toBe(true);
    expect(isSigningKeyActiveAt(key, new Date('2026-05-04T03:00:00.000Z'))).toBe(false);
    expect(isSigningKeyActiveAt(key, new Date('2026-04-30T23:59:59.999Z'))).toBe(false);
  });

  it('an admin revokes any party\'s key, without a reason', () => {
    expect(when([registered, keyRegistered], ADMIN.partyId)[0].data).toEqual({ partyId: ASEL.partyId, keyId: 'k-phone-1', revokedAt: '2026-05-04T03:00:00.000Z' });
  });

  it('refuses revoking a key never registered to this party (404): another party\'s key ids are not on this stream', () => {
    expect(refusal(() => when([registered, keyRegistered], ASEL.partyId, 'k-unknown'))).toMatchObject({
      code: 'SIGNING_KEY.NOT_FOUND',
      kind: 'not-found',
      details: [{ field: 'keyId', rule: 'registered-key-of-party' }],
    });
  });

  it('refuses revoking twice (409), reporting the first revocation', () => {
    const [revoked] = when([registered, keyRegistered], ASEL.partyId, 'k-phone-1', 'lost');
    expect(refusal(() => when([registered, keyRegistered, revoked], ASEL.partyId, 'k-phone-1', 'compromised'))).toMatchObject({
      code: 'SIGNING_KEY.ALREADY_REVOKED',
      kind: 'conflict',
      details: [{ field: 'keyId', rule: 'not-revoked', reason: 'lost' }],
    });
  });

  it('refuses a party revoking another party\'s key (403)', () => {
    expect(refusal(() => when([registered, keyRegistered], INSPECTOR.partyId))).toMatchObject({ code: 'ACCESS.NOT_OWN_SIGNING_KEY', kind: 'forbidden' });
  });

  it('refuses an unknown party (404) and a free-text reason (422)', () => {
    expect(refusal(() => when([], ADMIN.partyId)).code).toBe('PARTY.NOT_FOUND');
    expect(refusal(() => when([registered, keyRegistered], ASEL.partyId, 'k-phone-1', 'Asel lost her phone')).details[0]).toMatchObject({ field: 'reason', rule: 'known-value' });
  });
});

import { refusal } from '../../shared/refusal.testing';
import { ABSENT_API_KEY, ApiKeyState, foldApiKey } from '../api-key-state';
import { ADMIN, ASEL, WORLD, by } from '../access.testing';
import { decideIssueApiKey } from '../issue-api-key/decide-issue-api-key';
import { decideRevokeApiKey } from './decide-revoke-api-key';

const keyId = '5n3p8r2s6t9v4w7x';
const issued: ApiKeyState = foldApiKey(
  decideIssueApiKey({ keyId, partyId: ASEL.partyId, label: 'apiary-phone-1' }, ABSENT_API_KEY, WORLD, by(ADMIN.partyId)),
);

describe('revoke an API key', () => {
  it('given an active key, an admin revokes it: api-key.revoked, and the key is revoked for good', () => {
    const events = decideRevokeApiKey({ keyId, reason: 'lost' }, issued, WORLD, by(ADMIN.partyId));
    expect(events).toEqual([{ type: 'api-key.revoked', schemaVersion: 1, data: { keyId, reason: 'lost', revokedAt: '2026-05-04T03:00:00.000Z' } }]);
  });

  it('revoking twice is a conflict that reports the first revocation', () => {
    const [first] = decideRevokeApiKey({ keyId, reason: 'compromised' }, issued, WORLD, by(ADMIN.partyId));
    const revoked = foldApiKey([
      { type: 'api-key.issued', schemaVersion: 1, data: { keyId, partyId: ASEL.partyId, label: 'apiary-phone-1', issuedAt: '2026-05-01T00:00:00.000Z' } },
      first,
    ]);
    const error = refusal(() => decideRevokeApiKey({ keyId, reason: 'lost' }, revoked, WORLD, by(ADMIN.partyId)));
    expect(error).toMatchObject({ code: 'API_KEY.ALREADY_REVOKED', kind: 'conflict' });
    expect(error.details[0]).toMatchObject({ field: 'keyId', rule: 'not-revoked', reason: 'compromised' });
  });

  it('a key never issued is not found', () => {
    expect(refusal(() => decideRevokeApiKey({ keyId, reason: 'lost' }, ABSENT_API_KEY, WORLD, by(ADMIN.partyId)))).toMatchObject({
      code: 'API_KEY.NOT_FOUND',
      kind: 'not-found',
    });
  });

  it('only an admin revokes, even the holder of the key', () => {
    const error = refusal(() => decideRevokeApiKey({ keyId, reason: 'lost' }, issued, WORLD, by(ASEL.partyId)));
    expect(error).toMatchObject({ code: 'ACCESS.ROLE_REQUIRED', kind: 'forbidden' });
    expect(error.details[0]).toMatchObject({ required: ['admin'], held: ['producer'] });
  });

  it('refuses a free-text reason (no personal data in the log)', () => {
    const error = refusal(() => decideRevokeApiKey({ keyId, reason: 'Asel lost her phone' }, issued, WORLD, by(ADMIN.partyId)));
    expect(error.details[0]).toMatchObject({ field: 'reason', rule: 'known-value' });
  });
});

import { ABSENT_API_KEY, ApiKeyState, foldApiKey } from './api-key-state';
import { ASEL, INSPECTOR } from './access.testing';
import { apiKeyHolderOf } from './api-key-holder';
import { assertHoldsRole } from './assert-holds-role';
import { refusal } from '../shared/refusal.testing';

const issuedAt = '2026-05-01T00:00:00.000Z';
const active: ApiKeyState = foldApiKey([
  { type: 'api-key.issued', schemaVersion: 1, data: { keyId: 'k1k1k1k1k1k1k1k1', partyId: ASEL.partyId, deviceId: 'device:tamga-phone-1', label: 'phone', issuedAt } },
]);

describe('who holds an API key', () => {
  it('an active key of a registered party authenticates that party, with its kinds as roles', () => {
    expect(apiKeyHolderOf(active, ASEL)).toEqual({
      partyId: ASEL.partyId,
      keyId: 'k1k1k1k1k1k1k1k1',
      deviceId: 'device:tamga-phone-1',
      roles: ['producer'],
      party: ASEL,
    });
  });

  it('a key never issued, a revoked key, and a key whose party is gone authenticate no one', () => {
    expect(apiKeyHolderOf(ABSENT_API_KEY, ASEL)).toBe('unknown-key');
    const revoked = foldApiKey([
      { type: 'api-key.issued', schemaVersion: 1, data: { keyId: 'k1k1k1k1k1k1k1k1', partyId: ASEL.partyId, label: 'phone', issuedAt } },
      { type: 'api-key.revoked', schemaVersion: 1, data: { keyId: 'k1k1k1k1k1k1k1k1', reason: 'lost', revokedAt: issuedAt } },
    ]);
    expect(apiKeyHolderOf(revoked, ASEL)).toBe('revoked');
    expect(apiKeyHolderOf(active, undefined)).toBe('party-not-registered');
  });

  it('never lends a key the roles of another party', () => {
    expect(apiKeyHolderOf(active, INSPECTOR)).toBe('party-mismatch');
  });
});

describe('roles', () => {
  it('passes a holder of any required role; refuses others naming the needed and held roles', () => {
    expect(() => assertHoldsRole(['producer', 'exporter'], ['exporter', 'admin'], 'ship')).not.toThrow();
    const error = refusal(() => assertHoldsRole(['producer'], ['inspector', 'lab'], 'record an inspection'));
    expect(error).toMatchObject({ code: 'ACCESS.ROLE_REQUIRED', kind: 'forbidden' });
    expect(error.details[0]).toMatchObject({ field: 'Authorization', rule: 'role', required: ['inspector', 'lab'], held: ['producer'] });
  });
});

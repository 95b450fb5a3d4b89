import { keyValidAt } from './key-validity';

describe('keyValidAt', () => {
  const key = { registeredAt: '2026-01-01T00:00:00.000Z', revokedAt: '2026-06-01T00:00:00.000Z' };

  it('is valid from its registration until its revocation, registration included and revocation excluded', () => {
    expect(keyValidAt(key, '2025-12-31T23:59:59.999Z')).toBe(false);
    expect(keyValidAt(key, '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(keyValidAt(key, '2026-05-31T23:59:59.999Z')).toBe(true);
    expect(keyValidAt(key, '2026-06-01T00:00:00.000Z')).toBe(false);
    expect(keyValidAt(key, '2027-01-01T00:00:00.000Z')).toBe(false);
  });

  it('stays valid without a revocation', () => {
    expect(keyValidAt({ registeredAt: key.registeredAt }, '2030-01-01T00:00:00.000Z')).toBe(true);
    expect(keyValidAt({ registeredAt: key.registeredAt, revokedAt: null }, '2030-01-01T00:00:00.000Z')).toBe(true);
  });

  it('compares instants, not text', () => {
    expect(keyValidAt(key, '2026-06-01T05:59:59.999+06:00')).toBe(true);
    expect(keyValidAt(key, '2026-06-01T06:00:00.000+06:00')).toBe(false);
  });

  it('is never valid for an unreadable time', () => {
    expect(keyValidAt(key, 'yesterday')).toBe(false);
    expect(keyValidAt({ registeredAt: 'soon' }, '2026-03-01T00:00:00.000Z')).toBe(false);
    expect(keyValidAt({ ...key, revokedAt: 'never' }, '2026-03-01T00:00:00.000Z')).toBe(false);
  });
});

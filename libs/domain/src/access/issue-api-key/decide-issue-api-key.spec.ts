import { refusal } from '../../shared/refusal.testing';
import { ABSENT_API_KEY, foldApiKey } from '../api-key-state';
import { ADMIN, ASEL, INSPECTOR, WORLD, by } from '../access.testing';
import { decideIssueApiKey } from './decide-issue-api-key';
import { IssueApiKey } from './issue-api-key.command';

const phone: IssueApiKey = { keyId: '0h7k2m9q4r6t8v1x', partyId: ASEL.partyId, deviceId: 'device:tamga-phone-1', label: 'apiary-phone-1' };

describe('issue an API key', () => {
  it('given no key, an admin issues one to a registered party: api-key.issued with no secret in it', () => {
    const events = decideIssueApiKey(phone, ABSENT_API_KEY, WORLD, by(ADMIN.partyId));
    expect(events).toEqual([
      {
        type: 'api-key.issued',
        schemaVersion: 1,
        data: {
          keyId: '0h7k2m9q4r6t8v1x',
          partyId: 'producer:asel-tamga',
          deviceId: 'device:tamga-phone-1',
          label: 'apiary-phone-1',
          issuedAt: '2026-05-04T03:00:00.000Z',
        },
      },
    ]);
    expect(foldApiKey(events)).toMatchObject({ status: 'active', partyId: ASEL.partyId });
  });

  it('a key for a party as a whole carries no device', () => {
    const [event] = decideIssueApiKey({ keyId: '0h7k2m9q4r6t8v1y', partyId: INSPECTOR.partyId, label: 'inspector-laptop' }, ABSENT_API_KEY, WORLD, by(ADMIN.partyId));
    expect(event.data).not.toHaveProperty('deviceId');
  });

  it.each([
    ['a producer', ASEL.partyId, ['producer']],
    ['an inspector', INSPECTOR.partyId, ['inspector']],
    ['an actor that is not registered', 'admin:unknown', []],
    ['no actor at all', null, []],
  ])('refuses %s (403 naming the role needed and held)', (_who, actorId, held) => {
    const error = refusal(() => decideIssueApiKey(phone, ABSENT_API_KEY, WORLD, by(actorId)));
    expect(error).toMatchObject({ code: 'ACCESS.ROLE_REQUIRED', kind: 'forbidden' });
    expect(error.details[0]).toMatchObject({ field: 'Authorization', rule: 'role', required: ['admin'], held });
  });

  it('refuses a party that is not registered', () => {
    const error = refusal(() => decideIssueApiKey({ ...phone, partyId: 'producer:nobody' }, ABSENT_API_KEY, WORLD, by(ADMIN.partyId)));
    expect(error).toMatchObject({ code: 'REFERENCE.UNKNOWN_PARTY', kind: 'invalid' });
    expect(error.details[0]).toMatchObject({ field: 'partyId', rule: 'registered-party' });
  });

  it('refuses a key id already issued', () => {
    const issued = foldApiKey(decideIssueApiKey(phone, ABSENT_API_KEY, WORLD, by(ADMIN.partyId)));
    expect(refusal(() => decideIssueApiKey(phone, issued, WORLD, by(ADMIN.partyId)))).toMatchObject({ code: 'API_KEY.ALREADY_EXISTS', kind: 'conflict' });
  });

  it.each([
    [{ label: 'Асель, +996555123456' }, 'label', 'key-label'],
    [{ label: '' }, 'label', 'key-label'],
    [{ label: 'x'.repeat(65) }, 'label', 'key-label'],
    [{ deviceId: 'Phone 1' }, 'deviceId', 'reference-id'],
    [{ partyId: 'Asel' }, 'partyId', 'reference-id'],
    [{ keyId: 'tmg_short' }, 'keyId', 'api-key-id'],
  ])('refuses %p (field %s, rule %s)', (change, field, rule) => {
    const error = refusal(() => decideIssueApiKey({ ...phone, ...change }, ABSENT_API_KEY, WORLD, by(ADMIN.partyId)));
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field, rule });
  });
});

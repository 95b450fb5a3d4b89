import { ABSENT_PLACE, DomainError, decideRegisterPlace } from '#tamga/domain';
import { namingIdField } from './name-id-field';

const now = { now: new Date('2026-03-03T03:00:00Z'), actorId: 'admin:ovop-association' };
const region = { placeId: 'region:issyk-kul', kind: 'region', gln: '4701234500019', names: { ky: 'Ысык-Көл', ru: 'Иссык-Куль', en: 'Issyk-Kul' } };

describe('namingIdField', () => {
  it('names the id field as the request does where the version rules say "id"', () => {
    const error = (() => {
      try {
        namingIdField('placeId', () => decideRegisterPlace({ ...region, expectedVersion: 1 }, ABSENT_PLACE, now, ABSENT_PLACE));
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'PLACE.NOT_FOUND', kind: 'not-found' });
    expect(error.details[0]).toMatchObject({ field: 'placeId', rule: 'registered' });
  });

  it('passes other refusals and accepted decisions through unchanged', () => {
    expect(() => namingIdField('placeId', () => decideRegisterPlace({ ...region, kind: 'castle' }, ABSENT_PLACE, now, ABSENT_PLACE))).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'kind' })] }),
    );
    expect(namingIdField('placeId', () => 42)).toBe(42);
  });
});

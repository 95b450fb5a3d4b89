import { ABSENT_PLACE, PlaceState, foldPlace } from '../place-state';
import { decideRegisterPlace } from './decide-register-place';
import { RegisterPlace } from './register-place.command';
import { refusal } from '../../../shared/refusal.testing';

const meta = { now: new Date('2026-03-03T09:00:00Z'), actorId: 'admin:ovop-association' };

function registered(command: RegisterPlace, parent: PlaceState = ABSENT_PLACE): PlaceState {
  return foldPlace(decideRegisterPlace(command, ABSENT_PLACE, meta, parent));
}

const issykKul: RegisterPlace = {
  placeId: 'region:issyk-kul',
  kind: 'region',
  gln: '4701234900017',
  names: { ky: 'Ысык-Көл облусу', ru: 'Иссык-Кульская область', en: 'Issyk-Kul Region' },
};
const tonDistrict: RegisterPlace = {
  placeId: 'district:ton',
  kind: 'district',
  gln: '4701234900024',
  names: { ky: 'Тоң району', ru: 'Тонский район', en: 'Ton District' },
  parentId: 'region:issyk-kul',
};
const tamga: RegisterPlace = {
  placeId: 'village:tamga',
  kind: 'village',
  gln: '4701234900109',
  names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga', ja: 'タムガ村' },
  parentId: 'district:ton',
  geometry: { type: 'Point', coordinates: [77.551, 42.155] },
};
const region = registered(issykKul);
const district = registered(tonDistrict, region);

describe('register a place', () => {
  it('given no place, records place.registered at version 1 with the names trimmed', () => {
    const events = decideRegisterPlace({ ...tamga, names: { ...tamga.names, en: ' Tamga ' } }, ABSENT_PLACE, meta, district);
    expect(events).toEqual([
      {
        type: 'place.registered',
        schemaVersion: 1,
        data: {
          placeId: 'village:tamga',
          version: 1,
          kind: 'village',
          gln: '4701234900109',
          names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga', ja: 'タムガ村' },
          parentId: 'district:ton',
          geometry: { type: 'Point', coordinates: [77.551, 42.155] },
        },
      },
    ]);
  });

  it('given the place exists, refuses registering its id again as a conflict', () => {
    const error = refusal(() => decideRegisterPlace(tamga, registered(tamga, district), meta, district));
    expect(error).toMatchObject({ code: 'PLACE.ALREADY_EXISTS', kind: 'conflict' });
    expect(error.details[0]).toMatchObject({ currentVersion: 1 });
  });

  it('given version 1, a revision at expectedVersion 1 records place.revised at version 2', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [[[77.54, 42.15], [77.56, 42.15], [77.56, 42.165], [77.54, 42.165], [77.54, 42.15]] as const],
    };
    const [event] = decideRegisterPlace({ ...tamga, expectedVersion: 1, geometry: polygon }, registered(tamga, district), meta, district);
    expect(event).toMatchObject({ type: 'place.revised', schemaVersion: 1, data: { version: 2, geometry: polygon } });
    expect(foldPlace([...decideRegisterPlace(tamga, ABSENT_PLACE, meta, district), event])).toMatchObject({ status: 'registered', version: 2 });
  });

  it('refuses a revision at a stale version, and one of a place never registered', () => {
    const stale = refusal(() => decideRegisterPlace({ ...tamga, expectedVersion: 3 }, registered(tamga, district), meta, district));
    expect(stale).toMatchObject({ code: 'PLACE.VERSION_CONFLICT', kind: 'conflict' });
    expect(stale.details[0]).toMatchObject({ expectedVersion: 3, currentVersion: 1 });
    const missing = refusal(() => decideRegisterPlace({ ...tamga, expectedVersion: 1 }, ABSENT_PLACE, meta, district));
    expect(missing).toMatchObject({ code: 'PLACE.NOT_FOUND', kind: 'not-found' });
    const zero = refusal(() => decideRegisterPlace({ ...tamga, expectedVersion: 0 }, registered(tamga, district), meta, district));
    expect(zero.details[0]).toMatchObject({ field: 'expectedVersion', rule: 'positive-integer' });
  });

  it('refuses a revision that changes the GLN: published EPCIS renderings name it', () => {
    const error = refusal(() =>
      decideRegisterPlace({ ...tamga, expectedVersion: 1, gln: '4701234900116' }, registered(tamga, district), meta, district),
    );
    expect(error).toMatchObject({ code: 'PLACE.IMMUTABLE_FIELD', kind: 'conflict' });
    expect(error.details[0]).toMatchObject({ field: 'gln', rule: 'immutable' });
  });

  it('refuses a GLN with a wrong check digit, naming the expected digit', () => {
    const error = refusal(() => decideRegisterPlace({ ...tamga, gln: '4701234900100' }, ABSENT_PLACE, meta, district));
    expect(error).toMatchObject({ code: 'GS1.INVALID_GLN', kind: 'invalid' });
    expect(error.details[0]).toMatchObject({ field: 'gln', rule: 'gs1-check-digit', expected: 9 });
  });

  it.each([
    [{ placeId: 'Village Tamga' }, 'placeId', 'reference-id'],
    [{ kind: 'castle' }, 'kind', 'known-value'],
    [{ names: { ky: 'Тамга', ru: '', en: 'Tamga' } }, 'names.ru', 'name-required'],
    [{ names: { ky: 'Тамга', ru: 'Тамга' } }, 'names.en', 'name-required'],
    [{ geometry: { type: 'Point', coordinates: [42.155, 77.551] } }, 'geometry.coordinates', 'longitude-latitude-order'],
  ])('refuses %p (field %s, rule %s)', (change, field, rule) => {
    const error = refusal(() => decideRegisterPlace({ ...tamga, ...change } as RegisterPlace, ABSENT_PLACE, meta, district));
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field, rule });
  });

  describe('the hierarchy region > district > village > facility', () => {
    const apiary: RegisterPlace = {
      placeId: 'apiary:tamga-sainfoin-slope',
      kind: 'apiary',
      gln: '4701234900116',
      names: { ky: 'Тамга бал короосу', ru: 'Пасека Тамга', en: 'Tamga apiary' },
      parentId: 'village:tamga',
    };

    it('accepts an apiary inside a village', () => {
      expect(decideRegisterPlace(apiary, ABSENT_PLACE, meta, registered(tamga, district))[0].type).toBe('place.registered');
    });

    it('refuses a village directly inside a region', () => {
      const error = refusal(() => decideRegisterPlace({ ...tamga, parentId: 'region:issyk-kul' }, ABSENT_PLACE, meta, region));
      expect(error.details[0]).toMatchObject({ field: 'parentId', rule: 'parent-kind', parentKind: 'region' });
    });

    it('refuses a village without a parent, and a region with one', () => {
      const { parentId: _, ...orphan } = tamga;
      expect(refusal(() => decideRegisterPlace(orphan, ABSENT_PLACE, meta, ABSENT_PLACE)).details[0]).toMatchObject({
        rule: 'parent-required',
      });
      const nested = refusal(() => decideRegisterPlace({ ...issykKul, parentId: 'district:ton' }, ABSENT_PLACE, meta, district));
      expect(nested.details[0]).toMatchObject({ rule: 'no-parent' });
    });

    it('refuses a parent that is not registered (or not the one loaded)', () => {
      const error = refusal(() => decideRegisterPlace(apiary, ABSENT_PLACE, meta, district));
      expect(error).toMatchObject({ code: 'PLACE.NOT_FOUND', kind: 'not-found' });
    });
  });
});

import { DomainError } from '../../shared/domain-error';
import { GeoJsonPolygon, placeGeometryOf } from './place-geometry';
import { refusal } from '../../shared/refusal.testing';

// An apiary on the slope above Tamga, on the south shore of Issyk-Kul.
const apiary: GeoJsonPolygon = {
  type: 'Polygon',
  coordinates: [
    [
      [77.548, 42.148],
      [77.556, 42.148],
      [77.556, 42.153],
      [77.548, 42.153],
      [77.548, 42.148],
    ],
  ],
};

describe('place geometry', () => {
  it('given a point at Tamga in [longitude, latitude] order, accepts it', () => {
    expect(placeGeometryOf({ type: 'Point', coordinates: [77.551, 42.155] })).toEqual({
      type: 'Point',
      coordinates: [77.551, 42.155],
    });
  });

  it('given a closed polygon around an apiary, accepts it', () => {
    expect(placeGeometryOf(apiary)).toEqual(apiary);
  });

  it('recognises latitude and longitude swapped', () => {
    const error = refusal(() => placeGeometryOf({ type: 'Point', coordinates: [42.155, 77.551] }));
    expect(error.details[0]).toMatchObject({ field: 'geometry.coordinates', rule: 'longitude-latitude-order' });
  });

  it('refuses a point outside Kyrgyzstan (Dushanbe)', () => {
    const error = refusal(() => placeGeometryOf({ type: 'Point', coordinates: [68.78, 38.56] }));
    expect(error.details[0]).toMatchObject({ field: 'geometry.coordinates', rule: 'inside-kyrgyzstan' });
  });

  it.each([
    [[77.551, Number.NaN], 'finite-number'],
    [[77.551, '42.155'], 'finite-number'],
    [[77.551], 'geojson-position'],
  ])('refuses the position %p (rule %s)', (coordinates, rule) => {
    const error = refusal(() => placeGeometryOf({ type: 'Point', coordinates } as never));
    expect(error.details[0]).toMatchObject({ rule });
  });

  it('refuses a ring that is not closed', () => {
    const open = { type: 'Polygon', coordinates: [apiary.coordinates[0].slice(0, 4).concat([[77.549, 42.148]])] };
    const error = refusal(() => placeGeometryOf(open as never));
    expect(error.details[0]).toMatchObject({ field: 'geometry.coordinates[0]', rule: 'ring-closed' });
  });

  it('refuses a ring of fewer than 4 positions', () => {
    const triangle = { type: 'Polygon', coordinates: [[[77.548, 42.148], [77.556, 42.148], [77.548, 42.148]]] };
    const error = refusal(() => placeGeometryOf(triangle as never));
    expect(error.details[0]).toMatchObject({ rule: 'ring-min-positions', positions: 3 });
  });

  it('refuses a ring that runs along a line and encloses nothing', () => {
    const line = { type: 'Polygon', coordinates: [[[77.548, 42.148], [77.552, 42.15], [77.556, 42.152], [77.548, 42.148]]] };
    expect(refusal(() => placeGeometryOf(line as never)).details[0]).toMatchObject({ rule: 'ring-not-degenerate' });
  });

  it('refuses a hole that strays across the border, naming the position', () => {
    const hole = [[79.0, 42.0], [80.5, 42.0], [80.5, 42.1], [79.0, 42.0]];
    const error = refusal(() => placeGeometryOf({ type: 'Polygon', coordinates: [apiary.coordinates[0], hole] } as never));
    expect(error.details[0]).toMatchObject({ field: 'geometry.coordinates[1][1]', rule: 'inside-kyrgyzstan' });
  });

  it.each([{ type: 'LineString', coordinates: [] }, { type: 'Polygon', coordinates: [] }, null])('refuses %p', (geometry) => {
    expect(() => placeGeometryOf(geometry as never)).toThrow(DomainError);
  });
});

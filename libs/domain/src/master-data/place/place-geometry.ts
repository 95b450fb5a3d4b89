import { DomainError } from '../../shared/domain-error';
import { KYRGYZSTAN_BOUNDS, assertInKyrgyzstan } from '../../shared/geo-point';

/** A GeoJSON position (RFC 7946): longitude first, then latitude, in WGS 84 degrees. */
export type GeoJsonPosition = readonly [longitude: number, latitude: number];

/** A GeoJSON Point: a village centre, a hive stand, a shop door. */
export interface GeoJsonPoint {
  readonly type: 'Point';
  readonly coordinates: GeoJsonPosition;
}

/** A GeoJSON Polygon: an outer ring then any holes, each ring closed (first position repeated last). */
export interface GeoJsonPolygon {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly GeoJsonPosition[])[];
}

/** Where a place is: a point or an area. */
export type PlaceGeometry = GeoJsonPoint | GeoJsonPolygon;

function refuse(field: string, rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('GEO.INVALID_GEOMETRY', 'invalid', `Invalid ${field}: ${message}`, [{ field, rule, message, ...extra }]);
}

function inside(longitude: number, latitude: number): boolean {
  const b = KYRGYZSTAN_BOUNDS;
  return latitude >= b.south && latitude <= b.north && longitude >= b.west && longitude <= b.east;
}

function positionOf(value: unknown, field: string): GeoJsonPosition {
  // RFC 7946 allows an optional altitude; Tamga keeps only longitude and latitude.
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw refuse(field, 'geojson-position', 'must be [longitude, latitude]');
  }
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw refuse(field, 'finite-number', 'longitude and latitude must be finite numbers');
  }
  const [longitude, latitude] = value as number[];
  // Kyrgyzstan's latitude and longitude ranges do not overlap, so a swapped pair is recognisable.
  if (!inside(longitude, latitude) && inside(latitude, longitude)) {
    throw refuse(field, 'longitude-latitude-order', 'GeoJSON puts longitude first: [longitude, latitude]', {
      longitude,
      latitude,
    });
  }
  assertInKyrgyzstan({ longitude, latitude }, field);
  return [longitude, latitude];
}

/** Twice the signed area of a ring (shoelace formula), in square degrees: zero for a ring that encloses nothing. */
function doubledArea(ring: readonly GeoJsonPosition[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

function ringOf(value: unknown, field: string): GeoJsonPosition[] {
  if (!Array.isArray(value) || value.length < 4) {
    throw refuse(field, 'ring-min-positions', 'a linear ring needs at least 4 positions', {
      positions: Array.isArray(value) ? value.length : 0,
    });
  }
  const ring = value.map((p, i) => positionOf(p, `${field}[${i}]`));
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw refuse(field, 'ring-closed', 'the last position must repeat the first', { first, last });
  }
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
  // About 1 m² at this latitude: a smaller "area" is a line or a point drawn as a polygon.
  if (distinct < 3 || Math.abs(doubledArea(ring)) / 2 < 1e-10) {
    throw refuse(field, 'ring-not-degenerate', 'the ring must enclose an area, not run along a line', { distinct });
  }
  return ring;
}

/**
 * Validates a GeoJSON Point or Polygon: [longitude, latitude] order, finite numbers, closed rings of
 * at least 4 positions that enclose an area, every position inside Kyrgyzstan. Returns a clean copy.
 */
export function placeGeometryOf(geometry: PlaceGeometry, field = 'geometry'): PlaceGeometry {
  switch (geometry?.type) {
    case 'Point':
      return { type: 'Point', coordinates: positionOf(geometry.coordinates, `${field}.coordinates`) };
    case 'Polygon': {
      const rings: unknown = geometry.coordinates;
      if (!Array.isArray(rings) || rings.length === 0) {
        throw refuse(`${field}.coordinates`, 'polygon-rings', 'a polygon needs an outer ring');
      }
      return { type: 'Polygon', coordinates: rings.map((ring, i) => ringOf(ring, `${field}.coordinates[${i}]`)) };
    }
    default:
      throw refuse(`${field}.type`, 'geojson-type', 'must be a GeoJSON Point or Polygon');
  }
}

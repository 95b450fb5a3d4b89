import { DomainError } from './domain-error';

/** A WGS 84 point. */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * Kyrgyzstan's bounding box, a little generous at the edges. A box, not the border: it stops
 * swapped coordinates and points on another continent, not a point just across the border.
 */
export const KYRGYZSTAN_BOUNDS = { south: 39.1, north: 43.3, west: 69.2, east: 80.3 } as const;

/** Refuses a point outside Kyrgyzstan: every OVOP harvest happens inside the country. */
export function assertInKyrgyzstan(point: GeoPoint, field: string): GeoPoint {
  const b = KYRGYZSTAN_BOUNDS;
  const inside =
    point.latitude >= b.south && point.latitude <= b.north && point.longitude >= b.west && point.longitude <= b.east;
  if (!inside) {
    throw new DomainError('GEO.OUTSIDE_KYRGYZSTAN', 'invalid', `${field} lies outside Kyrgyzstan`, [
      {
        field,
        rule: 'inside-kyrgyzstan',
        message: `latitude must be within ${b.south}..${b.north} and longitude within ${b.west}..${b.east}`,
        latitude: point.latitude,
        longitude: point.longitude,
      },
    ]);
  }
  return point;
}

import { GeoJsonPoint, GeoPoint } from '#tamga/domain';

/**
 * A point as a map shows it, latitude first, turned into GeoJSON's [longitude, latitude]: the
 * data files read like coordinates copied from a map, and the order cannot be mixed up in them.
 */
export function at(latitude: number, longitude: number): GeoJsonPoint {
  return { type: 'Point', coordinates: [longitude, latitude] };
}

/** The same point as a harvest's location. */
export function spot(latitude: number, longitude: number): GeoPoint {
  return { latitude, longitude };
}

/** A quantity in kilograms. */
export const kg = (amount: number) => ({ amount, unit: 'kg' });

/** A quantity in pieces (jars counted, bars of soap, rugs). */
export const pieces = (amount: number) => ({ amount, unit: 'piece' });

/** Serials `PREFIX0001`…: the numbers printed under each unit's QR code. */
export function serials(prefix: string, from: number, to: number, width = 4): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(width, '0')}`);
}

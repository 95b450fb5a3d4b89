import { assertGs1Key } from './gs1-key';

/** A Global Trade Item Number, always stored as GTIN-14 (left-padded with zeros), as EPCIS and Digital Link use it. */
export type Gtin14 = string;

/** The lengths a GTIN may be written in: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14. */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

/**
 * Validates a GTIN-8/12/13/14 and normalises it to GTIN-14. Padding keeps the check digit
 * valid because the weights run from the right.
 */
export function gtinOf(value: string, field = 'gtin'): Gtin14 {
  return assertGs1Key(value, GTIN_LENGTHS, 'GS1.INVALID_GTIN', 'GTIN', field).padStart(14, '0');
}

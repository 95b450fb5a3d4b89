import { assertGs1Key } from './gs1-key';

/** A GS1 Global Location Number: 13 digits, the last a check digit. */
export type Gln = string;

/** Validates a GLN-13: digits only, 13 of them, correct check digit. */
export function glnOf(value: string, field = 'gln'): Gln {
  return assertGs1Key(value, [13], 'GS1.INVALID_GLN', 'GLN', field);
}

import { gs1CheckDigit } from '#tamga/domain';

/** Appends the GS1 check digit to a digit string (e.g. a GTIN, GLN or SSCC without its check digit). */
export function withCheckDigit(digits: string): string {
  return digits + String(gs1CheckDigit(digits));
}

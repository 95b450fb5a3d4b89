/** Computes the GS1 modulo-10 check digit of a digit string that does not yet carry one. */
export function gs1CheckDigit(digits: string): string {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    // Weights alternate 3, 1, 3, ... starting from the rightmost digit.
    const digit = digits.charCodeAt(digits.length - 1 - k) - 48;
    sum += k % 2 === 0 ? digit * 3 : digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Appends the GS1 check digit to a digit string (e.g. a GTIN, GLN or SSCC without its check digit). */
export function withCheckDigit(digits: string): string {
  return digits + gs1CheckDigit(digits);
}

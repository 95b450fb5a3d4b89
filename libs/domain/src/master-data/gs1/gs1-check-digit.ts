/**
 * The GS1 mod-10 check digit of a key's digits (without the check digit). Weights 3 and 1
 * alternate from the right, so one algorithm serves GTIN-8/12/13/14, GLN and SSCC alike.
 */
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = digitsWithoutCheck.charCodeAt(digitsWithoutCheck.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

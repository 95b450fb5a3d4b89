import { DomainError } from './domain-error';

/**
 * A lot code as GS1 AI (10) allows it on a label: up to 20 characters. Tamga keeps to the
 * URL-safe part of GS1's character set so a lot code needs no escaping in a Digital Link.
 */
export const LOT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

/** An identifier of master data (a village, producer, product...): lowercase words and digits. */
export const REFERENCE_ID_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,63}$/;

/** Refuses a lot id that could not be printed in a GS1 Digital Link ('malformed' where it is an address). */
export function assertLotId(lotId: string, field = 'lotId', kind: 'invalid' | 'malformed' = 'invalid'): string {
  if (!LOT_ID_PATTERN.test(lotId)) {
    throw new DomainError('LOT.INVALID_ID', kind, `Invalid lot id "${lotId}"`, [
      { field, rule: 'gs1-lot-code', message: 'must be 1 to 20 letters, digits, ".", "_" or "-", starting with a letter or digit' },
    ]);
  }
  return lotId;
}

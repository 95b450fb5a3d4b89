import { DomainError } from '#tamga/domain';

const KEY = /^[\x21-\x7e]{1,255}$/;

/** Reads an Idempotency-Key header: printable ASCII, at most 255 characters, or absent. */
export function idempotencyKeyFrom(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!KEY.test(key)) {
    throw new DomainError('IDEMPOTENCY.INVALID_KEY', 'invalid', 'The Idempotency-Key header is not usable', [
      { field: 'Idempotency-Key', rule: 'printable-ascii-1-255', message: 'must be 1 to 255 printable ASCII characters' },
    ]);
  }
  return key;
}

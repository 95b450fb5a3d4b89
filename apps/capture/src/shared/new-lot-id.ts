import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh lot code for a harvest that brought none: "L" and 12 base-32 characters (60 random bits). */
export function newLotId(): string {
  const bytes = randomBytes(12);
  let code = 'L';
  for (const byte of bytes) code += CROCKFORD[byte & 31];
  return code;
}

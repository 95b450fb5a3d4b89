import { randomBytes } from 'node:crypto';

/** An id for a fact whose client sent none: a readable prefix and 64 random bits (`hold-3f9c0a7d51e2b846`). */
export function newFactId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}

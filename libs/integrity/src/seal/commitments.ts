import { hashCanonicalJson } from '../digest/hash-canonical-json';
import { toHex } from '../encoding/hex';
import type { Commitments } from './seal';

/** Thrown when data and salts do not pair up key for key. */
export class CommitmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommitmentError';
  }
}

/** `"sha-256:" + hex(H(JCS([salt, value])))`: binds a field's value without revealing it (ADR 0016). */
export function commit(salt: string, value: unknown): string {
  return `sha-256:${toHex(hashCanonicalJson([salt, value]))}`;
}

/**
 * The commitment of every top-level key of `data`. Keys and salts must match exactly: a missing salt
 * would leave a field unbound, and a salt without a field would mean the data lost one.
 */
export function commitments(data: object, salts: Readonly<Record<string, string>>): Commitments {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CommitmentError('Event data must be a JSON object to be committed field by field');
  }
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const salt = salts[key];
    if (typeof salt !== 'string') throw new CommitmentError(`No salt for data field ${JSON.stringify(key)}`);
    result[key] = commit(salt, value);
  }
  for (const key of Object.keys(salts)) {
    if (!(key in result)) throw new CommitmentError(`Salt for ${JSON.stringify(key)}, which the data does not have`);
  }
  return result;
}

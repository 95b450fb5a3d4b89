import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sendDemoRequest } from './demo-client';

/** A demo party's key as the keys file keeps it. */
export interface DemoKey {
  readonly partyId: string;
  readonly roles: readonly string[];
  readonly keyId: string;
  readonly apiKey: string;
  readonly deviceId?: string;
  /** The field device's Ed25519 signing key, with its private half: it signs the device's facts (ADR 0016). */
  readonly signingKey?: DemoSigningKey;
}

/** A demo device's signing key pair (base64url), as registered under `keyId`. */
export interface DemoSigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
  readonly device: string;
}

/** The keys file: one key per demo party (and the admin's), for a new user to try every step. */
export interface DemoKeysFile {
  readonly about: string;
  readonly captureUrl: string;
  readonly provenanceUrl: string;
  readonly keys: readonly DemoKey[];
}

/**
 * The keys a previous start wrote, or none. A file that cannot be read or parsed counts as none:
 * its keys are then issued again, which is what a user who deleted or broke it wants.
 */
export function readDemoKeys(path: string): DemoKey[] {
  if (!existsSync(path)) return [];
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<DemoKeysFile>;
    return Array.isArray(file.keys) ? file.keys.filter((k) => typeof k?.partyId === 'string' && typeof k?.apiKey === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Writes the keys, readable by the owner only. The file sits in the data dir, which also holds the
 * embedded database the keys open, so it exposes nothing the folder did not; .tamga/ is git-ignored.
 */
export function writeDemoKeys(path: string, file: DemoKeysFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // an existing file keeps its old mode on write
}

/**
 * Whether a key still opens the capture API, and as whom. GET /api-keys is admin-only, and the guard
 * checks the key before the role: 401 means the key is unknown, revoked or its party gone (a new
 * database, say); 200 means an admin's key, 403 any other party's. Nothing is written either way.
 */
export async function verifyDemoKey(captureUrl: string, apiKey: string): Promise<'admin' | 'party' | 'invalid'> {
  const answer = await sendDemoRequest(captureUrl, { method: 'GET', path: '/api-keys?partyId=admin:tamga', apiKey });
  return answer.status === 200 ? 'admin' : answer.status === 403 ? 'party' : 'invalid';
}

import { RevocationReason } from '../../access/revocation-reason';
import { SigningKeyEvent } from './signing-key-event';

/** One signing key of a party, as its events leave it. */
export interface PartySigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly device?: string;
  readonly registeredAt: string;
  readonly revokedAt?: string;
  readonly reason?: RevocationReason;
}

/** What the signing-key decisions see of a party stream: whether the party is registered, and its keys in registration order. */
export interface SigningKeysState {
  readonly partyRegistered: boolean;
  readonly keys: readonly PartySigningKey[];
}

/** A party stream's events as the fold reads them: key events, and the party's own (only their type matters). */
export type PartyStreamEvent = SigningKeyEvent | { readonly type: string; readonly data: unknown };

/** Folds a party stream (party.registered/revised and key events) into its signing keys. */
export function foldSigningKeys(events: readonly PartyStreamEvent[]): SigningKeysState {
  let partyRegistered = false;
  const keys = new Map<string, PartySigningKey>();
  for (const event of events) {
    if (event.type === 'party.registered' || event.type === 'party.revised') partyRegistered = true;
    else if (event.type === 'party.signing-key-registered') {
      const { keyId, publicKey, device, registeredAt } = (event as SigningKeyEvent & { type: 'party.signing-key-registered' }).data;
      keys.set(keyId, { keyId, publicKey, ...(device !== undefined ? { device } : {}), registeredAt });
    } else if (event.type === 'party.signing-key-revoked') {
      const { keyId, revokedAt, reason } = (event as SigningKeyEvent & { type: 'party.signing-key-revoked' }).data;
      const key = keys.get(keyId);
      if (key) keys.set(keyId, { ...key, revokedAt, ...(reason !== undefined ? { reason } : {}) });
    }
  }
  return { partyRegistered, keys: [...keys.values()] };
}

/** Whether a key may sign at an instant: registered at or before it, and not revoked at or before it. */
export function isSigningKeyActiveAt(key: PartySigningKey, at: Date): boolean {
  const t = at.getTime();
  return Date.parse(key.registeredAt) <= t && (key.revokedAt === undefined || t < Date.parse(key.revokedAt));
}

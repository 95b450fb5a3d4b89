import { keyValidAt } from '#tamga/integrity';
import { SERVICE_KEY_REGISTERED } from './log-event-types';

/** A signing key as the log records it: whose, its public key, and when it could sign. */
export interface RecordedKey {
  readonly keyId: string;
  readonly publicKey: string;
  /** The party whose key it is; null for the service's own key. */
  readonly partyId: string | null;
  readonly registeredAt: string;
  readonly revokedAt: string | null;
}

/**
 * The signing keys the log itself registers (ADR 0016): the service's (`service.signing-key-registered`)
 * and the parties' (`party.signing-key-registered` / `-revoked`). A verifier trusts no other source.
 */
export class KeyRing {
  private readonly keys = new Map<string, { keyId: string; publicKey: string; partyId: string | null; registeredAt: string }>();
  private readonly revoked = new Map<string, string>();

  /** Learns a key from an event, if it registers or revokes one. */
  learn(type: string, data: unknown): void {
    const d = (data ?? {}) as Record<string, unknown>;
    if (typeof d.keyId !== 'string') return;
    if ((type === SERVICE_KEY_REGISTERED || type === 'party.signing-key-registered') && typeof d.publicKey === 'string' && typeof d.registeredAt === 'string') {
      this.keys.set(d.keyId, { keyId: d.keyId, publicKey: d.publicKey, partyId: typeof d.partyId === 'string' ? d.partyId : null, registeredAt: d.registeredAt });
    }
    if (type === 'party.signing-key-revoked' && typeof d.revokedAt === 'string') this.revoked.set(d.keyId, d.revokedAt);
  }

  /** The key with this id, as far as the log has told so far. */
  get(keyId: string): RecordedKey | undefined {
    const key = this.keys.get(keyId);
    return key && { ...key, revokedAt: this.revoked.get(keyId) ?? null };
  }

  /** Every key id learnt. */
  ids(): string[] {
    return [...this.keys.keys()];
  }

  /** Whether the key could sign at `recordedAt`. */
  validAt(key: RecordedKey, recordedAt: string): boolean {
    return keyValidAt(key, recordedAt);
  }
}

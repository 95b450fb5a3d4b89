/** When a signing key was registered and, if it was, revoked (the recordedAt of those master-data events). */
export interface KeyValidity {
  readonly registeredAt: string;
  readonly revokedAt?: string | null;
}

/**
 * Whether a key could sign an event recorded at `recordedAt` (ADR 0016): registered at or before it
 * and not revoked at or before it. So a revocation fails the key's later signatures and keeps its
 * earlier ones. Times are compared as instants; an unreadable time is never valid.
 */
export function keyValidAt(key: KeyValidity, recordedAt: string): boolean {
  const at = Date.parse(recordedAt);
  const registered = Date.parse(key.registeredAt);
  if (Number.isNaN(at) || Number.isNaN(registered) || registered > at) return false;
  if (key.revokedAt === undefined || key.revokedAt === null) return true;
  const revoked = Date.parse(key.revokedAt);
  return !Number.isNaN(revoked) && at < revoked;
}

import { ApiKeyHolder as Actor } from '#tamga/domain';

/**
 * How long a verified key is trusted without looking at the database again: the bound on how late
 * a revocation made elsewhere (another capture process, `tamga` on the command line) or a change
 * of the party's roles takes effect here. A revocation through this process takes effect at once.
 */
export const VERIFIED_KEY_TTL_MS = 5_000;

/** A verified key: the hash its secret must match, and who it authenticates. */
export interface VerifiedKey {
  readonly secretHash: Buffer;
  readonly actor: Actor;
}

/**
 * Keys verified in the last {@link VERIFIED_KEY_TTL_MS}, by key id, so the benchmarked harvest path
 * costs a hash and a map lookup, not two queries. Holds hashes, never secrets. Bounded in size.
 */
export class VerifiedKeyCache {
  private readonly entries = new Map<string, VerifiedKey & { readonly expiresAt: number }>();

  constructor(
    private readonly ttlMs = VERIFIED_KEY_TTL_MS,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The verified key, if it was verified less than the TTL ago. */
  get(keyId: string): VerifiedKey | undefined {
    const entry = this.entries.get(keyId);
    if (entry && entry.expiresAt > this.now()) return entry;
    if (entry) this.entries.delete(keyId);
    return undefined;
  }

  set(keyId: string, key: VerifiedKey): void {
    this.entries.delete(keyId);
    // Maps iterate in insertion order: the first entry is the one verified longest ago.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(keyId, { ...key, expiresAt: this.now() + this.ttlMs });
  }

  delete(keyId: string): void {
    this.entries.delete(keyId);
  }
}

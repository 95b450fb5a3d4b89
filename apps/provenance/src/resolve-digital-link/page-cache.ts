/** A response body ready to send, with what its headers need. */
export interface CachedAnswer {
  readonly status: number;
  readonly contentType: string;
  /** Headers beyond the content type that depend on the answer (ETag, Content-Language, Link...). */
  readonly headers: Readonly<Record<string, string>>;
  readonly identity: Buffer;
  /** The same bytes gzipped, made on first request for them. */
  gzip?: Buffer;
  readonly identityEtag?: string;
  readonly gzipEtag?: string;
  /** Whether this answer counts as a scan when a person's browser gets it. */
  readonly resolved: boolean;
}

/**
 * Rendered answers by request key, each kept for `ttlMs`, the oldest evicted past `maxBytes`
 * (Map keeps insertion order, and a hit re-inserts: least recently used goes first). In-process
 * only: every provenance process has its own, and a stale answer lives at most `ttlMs`.
 */
export class PageCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; expiresAt: number; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.answer;
  }

  set(key: string, answer: CachedAnswer): void {
    if (this.ttlMs <= 0) return;
    this.remove(key);
    const bytes = answer.identity.length + (answer.gzip?.length ?? 0) + key.length + 512;
    this.entries.set(key, { answer, expiresAt: this.now() + this.ttlMs, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** Counts the gzip bytes an answer gained after it was cached. */
  grew(key: string, by: number): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.bytes += by;
      this.bytes += by;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

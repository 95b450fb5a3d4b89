/** One content coding of an answer, ready to send as it is. */
export interface AnswerVariant {
  readonly body: Buffer;
  /** Every header of the answer, Content-Type and Content-Encoding included. */
  readonly headers: Readonly<Record<string, string>>;
  /** The strong ETag of these exact bytes, when the answer has one (resolved codes only). */
  readonly etag?: string;
  /** The headers of a 304 for it: the validators and caching headers, no body's. */
  readonly notModified?: Readonly<Record<string, string>>;
}

/** An answer for a code, rendered once and sent many times. */
export interface CachedAnswer {
  readonly status: number;
  readonly identity: AnswerVariant;
  readonly gzip: AnswerVariant;
  /** The code as scans count it (GTIN, lot and serial, NUL-separated) when it resolved; null otherwise. */
  readonly scanCode: string | null;
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
    const bytes = answer.identity.body.length + answer.gzip.body.length + key.length + 1024;
    this.entries.set(key, { answer, expiresAt: this.now() + this.ttlMs, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
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

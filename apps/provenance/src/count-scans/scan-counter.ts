import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { kyrgyzstanDateAt } from '#tamga/domain';
import { PG_POOL } from '#tamga/platform';
import { loadConsumerPageConfig } from '../resolve-digital-link/consumer-page.config';

/** How many distinct (code, day) counters wait for the next write at most; past that new codes are not counted. */
const MAX_PENDING = 100_000;

/**
 * Counts scans per code and Kyrgyzstan day, off the request path: a scan adds 1 to a counter in
 * memory, and every `scanFlushMs` all counters go to Postgres in one upsert. The page is never
 * slowed by the count, and a failed write keeps the counts for the next one. Only the code and
 * the day are kept: no address, agent, language or time of day, so no count can be tied to a person.
 */
@Injectable()
export class ScanCounter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ScanCounter');
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), loadConsumerPageConfig().scanFlushMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private day = '';
  private dayEndsAt = 0;

  /** One scan of a code named as GTIN, lot and serial, NUL-separated (empty when absent). */
  countCode(code: string, now: number = Date.now()): void {
    // The day is worked out once per Kyrgyzstan day, not per scan: it changes at 18:00 UTC.
    if (now >= this.dayEndsAt) {
      this.day = kyrgyzstanDateAt(new Date(now));
      this.dayEndsAt = Date.parse(`${this.day}T00:00:00+06:00`) + 86_400_000;
    }
    const key = `${this.day}\u0000${code}`;
    const known = this.pending.get(key);
    if (known === undefined && this.pending.size >= MAX_PENDING) return;
    this.pending.set(key, (known ?? 0) + 1);
  }

  /** Writes every pending count; resolves when they are in Postgres (or kept for the next try). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([key, scans]) => [...key.split('\u0000'), scans] as const);
    try {
      await this.pool.query(
        `INSERT INTO consumer.scan_counts AS c (day, gtin, lot, serial, scans)
         SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::bigint[])
         ON CONFLICT (gtin, lot, serial, day) DO UPDATE SET scans = c.scans + EXCLUDED.scans`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4])],
      );
    } catch (error) {
      for (const [key, scans] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + scans);
      this.logger.warn(`scan counts not written yet, kept for the next try: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

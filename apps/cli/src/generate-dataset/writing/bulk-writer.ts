import { Pool, PoolClient } from 'pg';
import { BulkEvent, MAX_LOCKED_STREAMS_PER_BULK_APPEND, appendInBulk } from '#tamga/event-store';
import { EventSink, UnitSerialRow } from './pending-event';

/** How big one transaction of the dataset is: events, and existing streams it extends (each an advisory lock). */
export interface BatchLimits {
  readonly events: number;
  readonly extendedStreams: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { events: 8_000, extendedStreams: Math.min(1_500, MAX_LOCKED_STREAMS_PER_BULK_APPEND) };

/**
 * Collects decided events in order and writes them in large transactions (appendInBulk), one at
 * a time: a batch that extends a stream must see the previous batch committed, or its version
 * check would fail. While one batch is being written the generator decides the next (the caller
 * yields to the event loop between cycles, so the write's round trips proceed).
 */
export class BulkWriter implements EventSink {
  private pending: BulkEvent[] = [];
  private serials: UnitSerialRow[] = [];
  private readonly streams = new Set<string>();
  private extended = 0;
  private inFlight: Promise<void> = Promise.resolve();
  added = 0;
  written = 0;
  transactions = 0;

  constructor(
    private readonly pool: Pool,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {}

  add(event: BulkEvent): void {
    this.pending.push(event);
    this.added++;
    if (!this.streams.has(event.streamId)) {
      this.streams.add(event.streamId);
      if (event.streamVersion > 1) this.extended++;
    }
  }

  reserveSerials(rows: readonly UnitSerialRow[]): void {
    this.serials.push(...rows);
  }

  /** Starts writing the collected events if a batch is full (after the previous one committed). */
  async flushIfFull(): Promise<void> {
    if (this.pending.length >= this.limits.events || this.extended >= this.limits.extendedStreams) await this.flush();
  }

  /** Waits for the write in flight, then starts writing everything collected; does not wait for it. */
  async flush(): Promise<void> {
    await this.inFlight;
    if (this.pending.length === 0) return;
    const [events, serials] = [this.pending, this.serials];
    this.pending = [];
    this.serials = [];
    this.streams.clear();
    this.extended = 0;
    this.inFlight = appendInBulk(this.pool, events, { inTransaction: (client) => reserve(client, serials) }).then(() => {
      this.written += events.length;
      this.transactions++;
    });
    // Held until awaited by the next flush or close: a failed write stops the generation there.
    this.inFlight.catch(() => undefined);
  }

  /** Writes what is left and waits until everything is committed. */
  async close(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }
}

/** The packings' serials, reserved per product in the same transaction as their events (as capture does). */
async function reserve(client: PoolClient, rows: readonly UnitSerialRow[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO event_store.unit_serials (product_id, serial, lot_id, event_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[])`,
    [rows.map((r) => r.productId), rows.map((r) => r.serial), rows.map((r) => r.lotId), rows.map((r) => r.eventId)],
  );
}

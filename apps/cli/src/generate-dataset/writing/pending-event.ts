import { BulkEvent } from '#tamga/event-store';

/** A serial a packing reserves for its product, in the packing's own transaction (as capture does). */
export interface UnitSerialRow {
  readonly productId: string;
  readonly serial: string;
  readonly lotId: string;
  readonly eventId: string;
}

/** Where decided events go to be written: in order, with the serials their packings reserve. */
export interface EventSink {
  add(event: BulkEvent): void;
  reserveSerials(rows: readonly UnitSerialRow[]): void;
}

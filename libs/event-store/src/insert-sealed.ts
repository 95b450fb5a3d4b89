import { PoolClient } from 'pg';
import { EventMetadata } from '#tamga/contracts';
import { NewEvent } from './append-request';
import { EventSigner, RowToSeal, SealedRow, sealRows } from './seal-rows';

/** An event placed in its stream, with who recorded it and the metadata it is stored with. */
export interface PlacedEvent extends NewEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly actorId: string | null;
  readonly storedMetadata: EventMetadata;
}

/** What the database decided for an inserted row. */
export interface InsertedRow {
  readonly event_id: string;
  readonly global_position: string;
  readonly transaction_id: string;
}

/** Rows per INSERT statement: large enough to amortise the round trip, small enough to keep each statement's arrays modest. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Seals events (ADR 0016) and inserts them, in the order sealing puts them (each after what its
 * chain names). Must run in the append's transaction, after its locks and version check, with the
 * heads that check returned. recordedAt is assigned here, once for the append, so it is hashed
 * exactly as stored; occurredAt is stored as its millisecond ISO form for the same reason.
 */
export async function insertSealed(
  client: PoolClient,
  events: readonly PlacedEvent[],
  heads: ReadonlyMap<string, string | null>,
  signer: EventSigner,
  options: { readonly returning: boolean },
): Promise<{ sealed: SealedRow[]; inserted: InsertedRow[] }> {
  // The copies of a multi-lot fact share one parsed object, so their data is committed once.
  const parsed = new Map<string, object>();
  const texts = new Map<string, string>();
  const rows = events.map((e): RowToSeal => {
    const text = JSON.stringify(e.data);
    texts.set(e.eventId, text);
    let data = parsed.get(text);
    if (!data) parsed.set(text, (data = JSON.parse(text) as object));
    return {
      eventId: e.eventId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      streamId: e.streamId,
      streamVersion: e.streamVersion,
      occurredAt: new Date(e.occurredAt).toISOString(),
      actorId: e.actorId,
      data,
      metadata: e.storedMetadata,
      request: e.seal,
    };
  });
  const sealed = sealRows(rows, heads, new Date().toISOString(), signer);
  const inserted: InsertedRow[] = [];
  for (let i = 0; i < sealed.length; i += ROWS_PER_STATEMENT) {
    inserted.push(...(await insertStatement(client, sealed.slice(i, i + ROWS_PER_STATEMENT), texts, options.returning)));
  }
  return { sealed, inserted };
}

async function insertStatement(client: PoolClient, rows: readonly SealedRow[], texts: ReadonlyMap<string, string>, returning: boolean): Promise<InsertedRow[]> {
  const { rows: inserted } = await client.query<InsertedRow>(
    `INSERT INTO event_store.events
       (event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, actor_id, data, metadata, seal, record_hash)
     SELECT e.event_id, e.stream_id, e.stream_version, e.type, e.schema_version, e.occurred_at, $7::timestamptz, e.actor_id,
            e.data::jsonb, e.metadata::jsonb, e.seal::jsonb, decode(e.record_hash, 'hex')
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::timestamptz[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         WITH ORDINALITY AS e(event_id, stream_id, stream_version, type, schema_version, occurred_at, actor_id, data, metadata, seal, record_hash, ord)
      ORDER BY e.ord
     ${returning ? 'RETURNING event_id, global_position::text AS global_position, transaction_id::text AS transaction_id' : ''}`,
    [
      rows.map((r) => r.eventId),
      rows.map((r) => r.streamId),
      rows.map((r) => r.streamVersion),
      rows.map((r) => r.type),
      rows.map((r) => r.schemaVersion),
      rows.map((r) => r.occurredAt),
      rows[0]?.recordedAt,
      rows.map((r) => r.actorId),
      rows.map((r) => texts.get(r.eventId)!),
      rows.map((r) => JSON.stringify(r.metadata)),
      rows.map((r) => JSON.stringify(r.seal)),
      rows.map((r) => r.recordHash),
    ],
  );
  return inserted;
}

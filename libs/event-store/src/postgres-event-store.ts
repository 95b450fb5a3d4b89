import { Pool, PoolClient } from 'pg';
import { EventMetadata } from '#tamga/contracts';
import { DomainError } from '#tamga/domain';
import { IdempotencyClaim, IdempotentResponse, StreamAppend } from './append-request';
import { insertSealed } from './insert-sealed';
import { ServiceSigningKey } from './service-signing-key';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from './stored-event';
import { assertStreamsAt, lockForAppend } from './stream-guards';
import { translateDriverError } from './translate-driver-error';

/** What an append did: stored new events, or found the command already done and replayed its response. */
export type AppendOutcome =
  | { readonly replayed: false; readonly events: readonly StoredEvent[]; readonly response: IdempotentResponse }
  | { readonly replayed: true; readonly events: readonly []; readonly response: IdempotentResponse };

/** Options of one append: who records, what ties the events together, and how to answer. */
export interface AppendOptions {
  readonly actorId: string | null;
  readonly metadata: EventMetadata;
  readonly idempotency?: IdempotencyClaim;
  /** Builds the response from the stored events; it is kept for retries under the same key. */
  readonly respond: (events: readonly StoredEvent[]) => IdempotentResponse;
  /**
   * Writes something that must commit or roll back with the events (an API key's hash, kept out
   * of the log), in the append's transaction, after the events are inserted; skipped on a replay.
   */
  readonly inTransaction?: (client: PoolClient, events: readonly StoredEvent[]) => Promise<void>;
}

/** The channel the store notifies on commit, so the relay wakes without polling. */
export const EVENTS_APPENDED_CHANNEL = 'tamga_events_appended';

/**
 * The Postgres event store: one stream per lot, appends checked against the expected
 * version of every stream they touch, all-or-nothing.
 */
export class PostgresEventStore {
  constructor(private readonly pool: Pool) {}

  /** Every event of one stream, in version order. */
  async readStream(streamId: string): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toStoredEvent);
  }

  /** Every event of several streams in one query, each stream in version order; a stream with no events maps to []. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
    const unique = [...new Set(streamIds)];
    const result = new Map<string, StoredEvent[]>(unique.map((id) => [id, []]));
    if (unique.length === 0) return result;
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_version`,
      [unique],
    );
    for (const row of rows) result.get(row.stream_id)!.push(toStoredEvent(row));
    return result;
  }

  /** The events an actor recorded under client event ids (offline capture), with those ids in their metadata. */
  async findByClientEventIds(actorId: string, clientEventIds: readonly string[]): Promise<StoredEvent[]> {
    if (clientEventIds.length === 0) return [];
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events
        WHERE actor_id = $1 AND metadata ? 'clientEventId' AND metadata->>'clientEventId' = ANY($2::text[])
        ORDER BY global_position`,
      [actorId, [...clientEventIds]],
    );
    return rows.map(toStoredEvent);
  }

  /** The response first given under an idempotency key, or null if the key is new. */
  async findIdempotentResponse(claim: IdempotencyClaim): Promise<IdempotentResponse | null> {
    const { rows } = await this.pool.query<{ request_hash: string; response: IdempotentResponse }>(
      'SELECT request_hash, response FROM event_store.idempotency_keys WHERE scope = $1 AND key = $2',
      [claim.scope, claim.key],
    );
    return rows.length === 0 ? null : replayable(claim, rows[0]);
  }

  /**
   * Appends events to one or more streams in one transaction. Fails with a
   * `STREAM.VERSION_CONFLICT` DomainError if any stream moved past its expected version.
   */
  async append(appends: readonly StreamAppend[], options: AppendOptions): Promise<AppendOutcome> {
    // Loaded (or generated) before the transaction, once per pool: no lock is held while it is.
    const signer = await ServiceSigningKey.load(this.pool);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const outcome = await this.appendInTransaction(client, appends, options, signer);
      await client.query(outcome.replayed ? 'ROLLBACK' : 'COMMIT');
      return outcome;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw translateDriverError(error);
    } finally {
      client.release();
    }
  }

  private async appendInTransaction(
    client: PoolClient,
    appends: readonly StreamAppend[],
    options: AppendOptions,
    signer: ServiceSigningKey,
  ): Promise<AppendOutcome> {
    const claim = options.idempotency;
    // Advisory locks take no transaction id, so this transaction's xid is assigned only after
    // it holds every existing stream it writes: per stream, xid order is commit order (ADR 0003).
    // A new stream needs no lock: two creators collide on the (stream, version) key instead,
    // and whoever appends next must first see the creation committed.
    const lockKeys = appends.filter((a) => a.expectedVersion > 0).map((a) => `stream:${a.streamId}`);
    if (claim) lockKeys.push(`idempotency:${claim.scope}:${claim.key}`);
    await lockForAppend(client, lockKeys);
    if (claim) {
      const { rows } = await client.query<{ request_hash: string; response: IdempotentResponse }>(
        'SELECT request_hash, response FROM event_store.idempotency_keys WHERE scope = $1 AND key = $2',
        [claim.scope, claim.key],
      );
      if (rows.length > 0) return { replayed: true, events: [], response: replayable(claim, rows[0]) };
    }
    const heads = await assertStreamsAt(client, new Map(appends.map((a) => [a.streamId, a.expectedVersion])));
    const events = await insertEvents(client, appends, options, heads, signer);
    await options.inTransaction?.(client, events);
    const response = options.respond(events);
    if (claim) {
      await client.query(
        'INSERT INTO event_store.idempotency_keys (scope, key, request_hash, response) VALUES ($1, $2, $3, $4)',
        [claim.scope, claim.key, claim.requestHash, JSON.stringify(response)],
      );
    }
    await client.query(`SELECT pg_notify('${EVENTS_APPENDED_CHANNEL}', '')`);
    return { replayed: false, events, response };
  }
}

async function insertEvents(
  client: PoolClient,
  appends: readonly StreamAppend[],
  options: AppendOptions,
  heads: ReadonlyMap<string, string | null>,
  signer: ServiceSigningKey,
): Promise<StoredEvent[]> {
  const placed = appends.flatMap((a) =>
    a.events.map((e, i) => ({
      ...e,
      streamId: a.streamId,
      streamVersion: a.expectedVersion + i + 1,
      actorId: options.actorId,
      storedMetadata: { ...options.metadata, ...e.metadata },
    })),
  );
  const { sealed, inserted } = await insertSealed(client, placed, heads, signer, { returning: true });
  // Only what the database decided comes back: the rest is what we sent (parsing our own jsonb
  // back cost a tenth of the capture path in the spine benchmark).
  const sent = new Map(placed.map((e) => [e.eventId, e]));
  const seals = new Map(sealed.map((row) => [row.eventId, row]));
  return inserted
    .map((row): StoredEvent => {
      const event = sent.get(row.event_id)!;
      const { seal, recordHash, occurredAt, recordedAt } = seals.get(row.event_id)!;
      return {
        eventId: row.event_id,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        globalPosition: row.global_position,
        transactionId: row.transaction_id,
        occurredAt,
        recordedAt,
        actorId: options.actorId,
        data: event.data,
        metadata: event.storedMetadata,
        seal,
        recordHash,
      };
    })
    .sort((a, b) => Number(BigInt(a.globalPosition) - BigInt(b.globalPosition)));
}

function replayable(
  claim: IdempotencyClaim,
  row: { request_hash: string; response: IdempotentResponse },
): IdempotentResponse {
  if (row.request_hash !== claim.requestHash) {
    throw new DomainError(
      'IDEMPOTENCY.KEY_REUSED',
      'invalid',
      'This Idempotency-Key was already used for a different request',
      [{ field: 'Idempotency-Key', rule: 'one-request-per-key', message: 'use a new key for a new request' }],
    );
  }
  return row.response;
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only event log. Immutability is the database's job, not the application's:
 * triggers refuse UPDATE, DELETE and TRUNCATE for every role, the owner included.
 */
export class CreateEventStore1763900000000 implements MigrationInterface {
  name = 'CreateEventStore1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA IF NOT EXISTS event_store;

      CREATE TABLE event_store.events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- The appending transaction. The relay reads in (transaction_id, global_position) order
        -- below the oldest running transaction, so a late commit is never skipped (ADR 0003).
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version > 0),
        type text NOT NULL,
        schema_version integer NOT NULL CHECK (schema_version > 0),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id text,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      );
      CREATE INDEX events_relay_order ON event_store.events (transaction_id, global_position);

      CREATE FUNCTION event_store.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are immutable: % on event_store.events is refused', TG_OP
          USING ERRCODE = 'TMG01',
                HINT = 'record a correcting event that points at the earlier one';
      END $$;
      CREATE TRIGGER events_are_immutable
        BEFORE UPDATE OR DELETE ON event_store.events
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER events_are_never_truncated
        BEFORE TRUNCATE ON event_store.events
        FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
      REVOKE UPDATE, DELETE, TRUNCATE ON event_store.events FROM PUBLIC;

      -- The first response to a command, so a retry with the same key gets it back unchanged.
      CREATE TABLE event_store.idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (scope, key)
      );

      -- How far each relay has published; (transaction_id, global_position) of the last event.
      CREATE TABLE event_store.relay_checkpoints (
        relay text PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        global_position bigint NOT NULL
      );
    `);
  }

  async down(): Promise<void> {
    throw new Error('The event store is never dropped by a migration: its events are the record.');
  }
}

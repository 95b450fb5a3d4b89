import { lotsTableDdl } from './projections/lots-table.ddl';
import { MASTER_DATA_READ_MODEL_TABLES, masterDataReadModelDdl } from './projections/master-data/master-data-read-model.ddl';
import { TRACE_READ_MODEL_TABLES, traceReadModelDdl } from './projections/trace/trace-read-model.ddl';

/** The schema the live read models are in. `tamga replay` builds a twin in another schema. */
export const LIVE_READ_MODEL_SCHEMA = 'read_model';

/** The read-model tables whose contents must be the same whether built live or replayed. */
export const READ_MODEL_TABLES: readonly { readonly name: string; readonly orderBy: string }[] = [
  { name: 'lots', orderBy: 'lot_id' },
  { name: 'lot_events', orderBy: 'lot_id, stream_version' },
  ...MASTER_DATA_READ_MODEL_TABLES,
  ...TRACE_READ_MODEL_TABLES,
];

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Refuses anything but a plain lowercase identifier, since schema names are spliced into SQL. */
export function assertSchemaName(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`Not a safe schema name: ${schema}`);
  return schema;
}

/**
 * The DDL of every read model, in a given schema. Nothing here may depend on when or how often
 * an event was applied (no now(), no serials), or a replay could not equal the live tables.
 */
export function readModelDdl(schema: string): string {
  const s = assertSchemaName(schema);
  return `
    CREATE SCHEMA IF NOT EXISTS ${s};

    ${lotsTableDdl(s)}

    CREATE TABLE ${s}.lot_events (
      lot_id text NOT NULL,
      stream_version integer NOT NULL,
      global_position bigint NOT NULL,
      event_id uuid NOT NULL UNIQUE,
      type text NOT NULL,
      schema_version integer NOT NULL,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      actor_id text,
      data jsonb NOT NULL,
      PRIMARY KEY (lot_id, stream_version)
    );

    ${masterDataReadModelDdl(s)}

    ${traceReadModelDdl(s)}

    -- Per partition, the last Kafka offset whose events are in these tables. Written in the same
    -- transaction as the tables themselves: this, not Kafka's committed offset, is the truth.
    CREATE TABLE ${s}.projection_checkpoints (
      topic text NOT NULL,
      partition integer NOT NULL,
      last_offset bigint NOT NULL,
      PRIMARY KEY (topic, partition)
    );
  `;
}

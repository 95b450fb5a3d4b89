/** The inspector's read-model tables, for READ_MODEL_TABLES (`tamga replay` compares each). */
export const TRACE_READ_MODEL_TABLES: readonly { readonly name: string; readonly orderBy: string }[] = [
  { name: 'lot_links', orderBy: 'output_lot_id, input_lot_id, transformation_id' },
  { name: 'transformations', orderBy: 'transformation_id, first_output_lot_id' },
  { name: 'lot_movements', orderBy: 'lot_id, stream_version' },
  { name: 'open_lot_flags', orderBy: 'lot_id, flag_id' },
];

/**
 * The DDL of the inspector's read models in `schema` (already checked by assertSchemaName): the
 * genealogy (`lot_links`, `transformations`), every movement of every lot (`lot_movements`, which
 * balances sum), and the flags still open (`open_lot_flags`). Rows hold only what the events say:
 * no projection time, no serials, no log positions (the copies of a multi-lot fact sit at different
 * positions), so a replay equals the live tables. IF NOT EXISTS: a migration runs the same DDL on a
 * live schema created before these tables. Must follow the lot_events table (it indexes it).
 */
export function traceReadModelDdl(s: string): string {
  return `
    -- One row per input and output of a transformation, split or merge (n × m per fact). An output
    -- lot is made by one fact only, so (output, input) already identifies a link; the fact's id is
    -- in the key because fact ids are the client's and may repeat. Traced back by the primary key,
    -- forward by the input index.
    CREATE TABLE IF NOT EXISTS ${s}.lot_links (
      output_lot_id text NOT NULL,
      input_lot_id text NOT NULL,
      transformation_id text NOT NULL,
      kind text NOT NULL,
      process text,
      place_id text NOT NULL,
      input_product_id text NOT NULL,
      output_product_id text NOT NULL,
      taken_amount numeric(18, 3) NOT NULL,
      taken_unit text NOT NULL,
      made_amount numeric(18, 3) NOT NULL,
      made_unit text NOT NULL,
      inputs_base_milli bigint NOT NULL,
      outputs_base_milli bigint NOT NULL,
      occurred_at timestamptz NOT NULL,
      actor_id text,
      PRIMARY KEY (output_lot_id, input_lot_id, transformation_id)
    );
    CREATE INDEX IF NOT EXISTS lot_links_input ON ${s}.lot_links (input_lot_id);

    -- One row per fact, for yields and a facility's processing.
    CREATE TABLE IF NOT EXISTS ${s}.transformations (
      transformation_id text NOT NULL,
      first_output_lot_id text NOT NULL,
      kind text NOT NULL,
      process text,
      place_id text NOT NULL,
      actor_id text,
      inputs jsonb NOT NULL,
      outputs jsonb NOT NULL,
      inputs_base_milli bigint NOT NULL,
      outputs_base_milli bigint NOT NULL,
      occurred_at timestamptz NOT NULL,
      PRIMARY KEY (transformation_id, first_output_lot_id)
    );
    CREATE INDEX IF NOT EXISTS transformations_place ON ${s}.transformations (place_id, occurred_at);
    CREATE INDEX IF NOT EXISTS transformations_process ON ${s}.transformations (occurred_at) WHERE kind = 'transformed';

    -- Every quantity-moving event of a lot, as the lot's state reads it (amount corrected; a
    -- retracted one kept, marked, so a redelivered event cannot bring it back).
    CREATE TABLE IF NOT EXISTS ${s}.lot_movements (
      lot_id text NOT NULL,
      stream_version integer NOT NULL,
      event_id uuid NOT NULL,
      kind text NOT NULL,
      amount numeric(18, 3) NOT NULL,
      unit text NOT NULL,
      place_id text NOT NULL,
      party_id text,
      counterparty_id text,
      counter_place_id text,
      reference text,
      detail text,
      serials jsonb,
      occurred_at timestamptz NOT NULL,
      retracted boolean NOT NULL,
      corrected boolean NOT NULL,
      PRIMARY KEY (lot_id, stream_version)
    );
    CREATE INDEX IF NOT EXISTS lot_movements_place ON ${s}.lot_movements (place_id, kind);

    -- The flags of each lot still open: origin findings not dismissed, holds not released,
    -- recalls, receipts short beyond the threshold. Rewritten whole for a lot when one may change.
    CREATE TABLE IF NOT EXISTS ${s}.open_lot_flags (
      lot_id text NOT NULL,
      flag_id uuid NOT NULL,
      kind text NOT NULL,
      raised_at timestamptz NOT NULL,
      raised_by text,
      details jsonb NOT NULL,
      PRIMARY KEY (lot_id, flag_id)
    );
    CREATE INDEX IF NOT EXISTS open_lot_flags_kind ON ${s}.open_lot_flags (kind, raised_at);

    -- The spreadsheet of a date range reads events by when they happened; lot codes in byte order
    -- (COLLATE "C"), so the file's order does not depend on the database's locale.
    CREATE INDEX IF NOT EXISTS lot_events_occurred_at ON ${s}.lot_events (occurred_at, lot_id COLLATE "C", stream_version);`;
}

/** The master-data read-model tables, for READ_MODEL_TABLES (`tamga replay` compares each). */
export const MASTER_DATA_READ_MODEL_TABLES: readonly { readonly name: string; readonly orderBy: string }[] = [
  { name: 'places', orderBy: 'place_id' },
  { name: 'products', orderBy: 'product_id' },
  { name: 'parties', orderBy: 'party_id' },
  { name: 'schemes', orderBy: 'scheme_id' },
  { name: 'village_specialisations', orderBy: 'village_id, product_id' },
];

/**
 * The DDL of the master-data read models in `schema` (already checked by assertSchemaName).
 * Each row is the latest version of one record, with the log position and recording time of the
 * event that made it: nothing depends on when it was projected, so a replay equals the live table.
 * IF NOT EXISTS because two paths create these tables: readModelDdl for a fresh schema (new
 * database, replay), and a later migration for a live schema created before master data existed.
 * Parties hold no personal data: that lives in master_data.party_personal_details, never here.
 */
export function masterDataReadModelDdl(s: string): string {
  return `
    CREATE TABLE IF NOT EXISTS ${s}.places (
      place_id text PRIMARY KEY,
      kind text NOT NULL,
      gln text NOT NULL,
      names jsonb NOT NULL,
      parent_id text,
      geometry jsonb,
      version integer NOT NULL,
      global_position bigint NOT NULL,
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS places_kind ON ${s}.places (kind, place_id);
    CREATE INDEX IF NOT EXISTS places_parent ON ${s}.places (parent_id);

    CREATE TABLE IF NOT EXISTS ${s}.products (
      product_id text PRIMARY KEY,
      gtin text NOT NULL,
      names jsonb NOT NULL,
      category text NOT NULL,
      unit text NOT NULL,
      yield_bounds jsonb NOT NULL,
      version integer NOT NULL,
      global_position bigint NOT NULL,
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS products_gtin ON ${s}.products (gtin);
    CREATE INDEX IF NOT EXISTS products_category ON ${s}.products (category, product_id);

    CREATE TABLE IF NOT EXISTS ${s}.parties (
      party_id text PRIMARY KEY,
      kinds text[] NOT NULL,
      member_of_ids text[] NOT NULL,
      operates_place_ids text[] NOT NULL,
      version integer NOT NULL,
      global_position bigint NOT NULL,
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS parties_kinds ON ${s}.parties USING gin (kinds);

    CREATE TABLE IF NOT EXISTS ${s}.schemes (
      scheme_id text PRIMARY KEY,
      kind text NOT NULL,
      names jsonb NOT NULL,
      issuer_party_id text NOT NULL,
      region_id text,
      version integer NOT NULL,
      global_position bigint NOT NULL,
      recorded_at timestamptz NOT NULL
    );

    -- One row per (village, product): a village is registered for a product once, from a date.
    CREATE TABLE IF NOT EXISTS ${s}.village_specialisations (
      village_id text NOT NULL,
      product_id text NOT NULL,
      since date NOT NULL,
      stream_version integer NOT NULL,
      global_position bigint NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (village_id, product_id)
    );
    CREATE INDEX IF NOT EXISTS village_specialisations_product ON ${s}.village_specialisations (product_id);
  `;
}

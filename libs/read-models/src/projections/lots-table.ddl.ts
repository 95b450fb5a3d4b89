/**
 * One row per lot: its state as the rules see it (folded by the domain's own fold from the lot's
 * history), so the provenance API reads a lot without folding. Origin columns are null for lots
 * made by a transformation: their origin is upstream, in their inputs.
 */
export function lotsTableDdl(s: string): string {
  return `
    CREATE TABLE ${s}.lots (
      lot_id text PRIMARY KEY,
      product_id text NOT NULL,
      unit text NOT NULL,
      status text NOT NULL,
      on_hand_amount numeric(18, 3) NOT NULL,
      in_transit_amount numeric(18, 3) NOT NULL,
      created_at timestamptz NOT NULL,
      creator_id text,
      village_id text,
      producer_id text,
      harvested_amount numeric(18, 3),
      harvested_at timestamptz,
      latitude double precision,
      longitude double precision,
      held boolean NOT NULL,
      recall_id text,
      recalled_units integer NOT NULL,
      custodians jsonb NOT NULL,
      certificates jsonb NOT NULL,
      open_flags jsonb NOT NULL,
      packed_units integer NOT NULL,
      -- The last stream version folded in: an event at or below it was applied already.
      version integer NOT NULL,
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX lots_product ON ${s}.lots (product_id);
    CREATE INDEX lots_village ON ${s}.lots (village_id);`;
}

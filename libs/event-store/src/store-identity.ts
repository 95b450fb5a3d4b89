import { Pool } from 'pg';

/** The id of the event store in this database, stamped on every event it publishes. */
export async function readStoreId(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ store_id: string }>('SELECT store_id FROM event_store.identity');
  if (rows.length !== 1) throw new Error('This database has no event store identity: run the migrations (npx tamga migrate)');
  return rows[0].store_id;
}

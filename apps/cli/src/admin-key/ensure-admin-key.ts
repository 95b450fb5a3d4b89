import { AdminKeyOptions, IssuedApiKey, bootstrapAdminKey } from '#tamga/api-keys';
import { PostgresEventStore } from '#tamga/event-store';
import { createPool } from '#tamga/platform';

/**
 * An admin key for a migrated database, straight from the event store: registers the admin party
 * (default `admin:tamga`) if absent and issues it a new key. For `tamga admin-key` and for the
 * demo loader at start. Every call issues another key; the caller shows it once and keeps it
 * nowhere but where the user asked.
 */
export async function ensureAdminKey(databaseUrl: string, options: AdminKeyOptions = {}): Promise<IssuedApiKey> {
  const pool = createPool(databaseUrl, 2);
  try {
    return await bootstrapAdminKey(new PostgresEventStore(pool), options);
  } finally {
    await pool.end();
  }
}

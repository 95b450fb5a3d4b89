import { runMigrations } from '#tamga/platform';
import { provideInfrastructure } from '#tamga/local-infra';

/** `tamga migrate`: brings the database schema up to date. */
export async function migrateCommand(): Promise<number> {
  const infrastructure = await provideInfrastructure();
  try {
    const ran = await runMigrations(infrastructure.databaseUrl);
    console.log(ran.length === 0 ? 'The database is up to date.' : `Ran ${ran.length} migration(s): ${ran.join(', ')}`);
    return 0;
  } finally {
    await infrastructure.release();
  }
}

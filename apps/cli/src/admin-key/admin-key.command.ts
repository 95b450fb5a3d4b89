import { join } from 'node:path';
import { DEFAULT_ADMIN_PARTY_ID } from '#tamga/api-keys';
import { DomainError } from '#tamga/domain';
import { EMBEDDED_POSTGRES_PORT, dataDir, ensureDatabase, provideEmbeddedPostgres } from '#tamga/local-infra';
import { loadConfig, runMigrations } from '#tamga/platform';
import { ensureAdminKey } from './ensure-admin-key';

const USAGE = `Usage: tamga admin-key [--party ID] [--label LABEL]
  Registers the admin party ID (default ${DEFAULT_ADMIN_PARTY_ID}) if absent and issues it an API key,
  printed once on standard output. Uses DATABASE_URL, or the embedded Postgres of \`npm start\`.
`;

/**
 * `tamga admin-key [--party ID] [--label LABEL]`: the first key of a fresh installation, issued
 * directly against the event store (no key is needed to get one; access to the database is).
 * The key alone goes to stdout, so `KEY=$(npx tamga admin-key)` works; the rest to stderr.
 */
export async function adminKeyCommand(args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  const database = await provideDatabase();
  try {
    await runMigrations(database.url);
    const issued = await ensureAdminKey(database.url, options);
    process.stderr.write(`API key ${issued.keyId} issued to ${issued.partyId} (label ${issued.label}). It is shown once; Tamga keeps only its hash:\n`);
    process.stdout.write(`${issued.apiKey}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.stderr.write(`${error.message}${error.details.map((d) => `\n  ${d.field ?? ''}: ${d.message}`).join('')}\n`);
    return 1;
  } finally {
    await database.release();
  }
}

function parseArgs(args: readonly string[]): { partyId?: string; label?: string } | null {
  const options: { partyId?: string; label?: string } = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined || value.startsWith('--')) return null;
    if (flag === '--party') options.partyId = value;
    else if (flag === '--label') options.label = value;
    else return null;
  }
  return options;
}

// DATABASE_URL when set (loadConfig reads it); otherwise the embedded server, reused if `npm start`
// runs it, started and stopped here if not. Kafka is not needed to issue a key.
async function provideDatabase(): Promise<{ url: string; release(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: loadConfig().databaseUrl, release: async () => undefined };
  const postgres = await provideEmbeddedPostgres(join(dataDir(), 'postgres'), EMBEDDED_POSTGRES_PORT);
  return { url: await ensureDatabase(postgres.serverUrl, 'tamga'), release: () => postgres.stop() };
}

import { Client, Pool } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { ClientEventIds1763900003000, CreateEventStore1763900000000, EventStoreIdentity1763900002000, UnitSerials1763900003500 } from '#tamga/event-store';
import { EventSeals1763900007000 } from '#tamga/event-store';
import { CreateMasterDataReadModels1763900005001, CreateReadModels1763900001000, LotJourneyReadModel1763900006000 } from '#tamga/read-models';
import { TraceReadModels1763900005900 } from '#tamga/read-models';
import { ExportShipmentIndex1763900009300 } from '#tamga/read-models';
import { CreateApiKeyHashes1763900008000 } from '#tamga/api-keys';
import { MerkleLog1763900007500 } from '#tamga/merkle-log';
import { CreatePartyPersonalDetails1763900005000 } from './migrations/1763900005000-create-party-personal-details';
import { CreateConsumerScanCounts1763900009100 } from './migrations/1763900009100-create-consumer-scan-counts';

/** Every migration, in the order they run. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateEventStore1763900000000,
  CreateReadModels1763900001000,
  EventStoreIdentity1763900002000,
  ClientEventIds1763900003000,
  UnitSerials1763900003500,
  EventSeals1763900007000,
  CreateApiKeyHashes1763900008000,
  CreatePartyPersonalDetails1763900005000,
  CreateMasterDataReadModels1763900005001,
  LotJourneyReadModel1763900006000,
  TraceReadModels1763900005900,
  CreateConsumerScanCounts1763900009100,
  ExportShipmentIndex1763900009300,
  MerkleLog1763900007500,
];

/** A pg pool for the hot paths (appends, relay, projections), where SQL is written by hand. */
export function createPool(databaseUrl: string, max = 10): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max, application_name: 'tamga' });
  // An idle connection dropped by the server (a restart, a shutdown) is replaced on next use;
  // without a listener its 'error' event would crash the process.
  pool.on('error', (error) => console.error(`postgres: an idle connection was lost: ${error.message}`));
  return pool;
}

/** A TypeORM DataSource, used for the migrations. */
export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'tamga_migrations',
    migrationsTransactionMode: 'each',
    logging: ['error'],
  });
}

/** Brings the database schema up to date; returns the names of the migrations it ran. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  // Two processes starting at once (npm start, npm test) must not migrate side by side.
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtextextended('tamga:migrations', 0))`);
    const dataSource = createDataSource(databaseUrl);
    await dataSource.initialize();
    try {
      const ran = await dataSource.runMigrations();
      return ran.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}

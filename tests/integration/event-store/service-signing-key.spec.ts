import { Pool } from 'pg';
import { dropDatabase, ensureDatabase, serverUrlOf } from '#tamga/local-infra';
import { SERVICE_KEYS_STREAM, ServiceSigningKey } from '#tamga/event-store';
import { loadConfig, runMigrations } from '#tamga/platform';
import { unique } from '../../support/test-infrastructure';

/** The service key is made on first use: on a database of its own, so "first" is this test's. */
describe('the service signing key is generated once, however many processes ask at once (real Postgres)', () => {
  const serverUrl = serverUrlOf(loadConfig().databaseUrl);
  const database = `tamga_test_${process.env.TAMGA_TEST_RUN}_${unique('keys_')}`;
  const pools: Pool[] = [];
  beforeAll(async () => {
    const url = await ensureDatabase(serverUrl, database);
    await runMigrations(url);
    for (let i = 0; i < 4; i++) pools.push(new Pool({ connectionString: url, max: 2 }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await dropDatabase(serverUrl, database);
  });

  it('four processes starting together get the same key, and the log records it exactly once', async () => {
    const keys = await Promise.all(pools.map((pool) => ServiceSigningKey.load(pool)));
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
    expect(keys[0].keyId).toMatch(/^[0-9a-f]{16}$/);
    const { rows: stored } = await pools[0].query('SELECT key_id FROM integrity.service_keys');
    expect(stored).toEqual([{ key_id: keys[0].keyId }]);
    const { rows: events } = await pools[0].query('SELECT type, stream_version, data FROM event_store.events WHERE stream_id = $1', [SERVICE_KEYS_STREAM]);
    expect(events).toEqual([{ type: 'service.signing-key-registered', stream_version: 1, data: { keyId: keys[0].keyId, publicKey: keys[0].publicKey, registeredAt: keys[0].createdAt } }]);
    await expect(pools[0].query(`UPDATE integrity.service_keys SET public_key = 'x'`)).rejects.toMatchObject({ code: 'TMG01' });
  });
});

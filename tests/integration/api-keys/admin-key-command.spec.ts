import type { Pool } from 'pg';
import { findApiKeyHash, parseApiKeyToken, secretMatchesHash } from '#tamga/api-keys';
import { adminKeyCommand } from '../../../apps/cli/src/admin-key/admin-key.command';
import { testPool, unique } from '../../support/test-infrastructure';
import { partyWithKey } from '../../support/test-keys';

/** Runs `tamga admin-key ARGS` in this process against the run's database (DATABASE_URL), capturing its output. */
async function tamgaAdminKey(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out.stdout += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((out.stderr += String(chunk)), true));
  try {
    return { code: await adminKeyCommand(args), ...out };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('tamga admin-key (real Postgres)', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool(2);
  });
  afterAll(() => pool.end());

  it('prints one working key, alone on standard output, and says where it went on standard error', async () => {
    const partyId = unique('admin:cli-');
    const { code, stdout, stderr } = await tamgaAdminKey(['--party', partyId, '--label', 'first-admin']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^tmg_[0-9a-z]{16}_[A-Za-z0-9_-]{43}\n$/);
    const { keyId, secret } = parseApiKeyToken(stdout.trim())!;
    expect(stderr).toContain(`${keyId} issued to ${partyId}`);
    expect(secretMatchesHash(secret, (await findApiKeyHash(pool, keyId))!)).toBe(true);
  });

  it('refuses a party that is not an admin or not an id (exit 1, no key printed), and unknown arguments (exit 2)', async () => {
    const { partyId: producer } = await partyWithKey({ kinds: ['producer'] });
    const notAdmin = await tamgaAdminKey(['--party', producer]);
    expect(notAdmin).toMatchObject({ code: 1, stdout: '' });
    expect(notAdmin.stderr).toContain(`Party ${producer} exists and is not an admin`);
    const notAnId = await tamgaAdminKey(['--party', 'Not An Id']);
    expect(notAnId).toMatchObject({ code: 1, stdout: '' });
    expect(notAnId.stderr).toContain('partyId');
    expect(await tamgaAdminKey(['--parti', 'admin:x'])).toMatchObject({ code: 2, stdout: '' });
    expect(await tamgaAdminKey(['--party'])).toMatchObject({ code: 2, stdout: '' });
  });
});

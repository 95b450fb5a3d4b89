import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The shared GS1 event-hash vectors, read where they are (never copied into the project).
const ROOT = join(__dirname, '..', '..');
const VECTORS = process.env.EPCIS_EVENT_HASH_VECTORS ?? join(ROOT, '..', 'shared', 'conformance', 'event-hash');
const CLI = join(ROOT, 'bin', 'tamga.js');

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const digestOf = (hash: string) => hash.trim().split('?')[0];

describe('npx tamga epcis-hash FILE', () => {
  if (!existsSync(VECTORS)) {
    // Only a clone without ../shared gets here; CI always has it.
    it(`stands aside: no conformance vectors at ${VECTORS}`, () => {
      console.warn(`The EPCIS event-hash conformance vectors are absent (${VECTORS}); this suite stands aside.`);
      expect(existsSync(VECTORS)).toBe(false);
    });
    return;
  }
  const documents = readdirSync(VECTORS).filter((f) => f.endsWith('.jsonld') && existsSync(join(VECTORS, f.replace(/\.jsonld$/, '.hashes'))));

  it('finds the shared vectors', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)('prints the expected hash of every event of %s, in document order', (file) => {
    const result = run('epcis-hash', join(VECTORS, file));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = readFileSync(join(VECTORS, file.replace(/\.jsonld$/, '.hashes')), 'utf8').split('\n').filter((l) => l.trim());
    const printed = result.stdout.split('\n').filter(Boolean);
    expect(printed.map(digestOf)).toEqual(expected.map(digestOf));
    expect(printed.every((h) => /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/.test(h))).toBe(true);
  });

  it('says what is wrong with a file that is not JSON, and exits non-zero', () => {
    const result = run('epcis-hash', join(ROOT, 'README.md'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/README\.md: not JSON/);
  });

  it('says how to use it when the file is missing', () => {
    const result = run('epcis-hash');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: tamga epcis-hash FILE/);
  });
});

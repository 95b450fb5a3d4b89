import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashEpcisDocument, hashPrehash, isNiHashAlgorithm, parseNiHashUri, prehashEpcisDocument } from './index';

/**
 * Conformance against the GS1 CBV 2.0 event-hash vectors in ../shared/conformance/event-hash
 * (beside the repository): NAME.jsonld with NAME.hashes (one 'ni' hash per event, in document
 * order) and, often, NAME.prehashes (the pre-hash string of each event). EPCIS_EVENT_HASH_VECTORS
 * may point at another folder of vectors of the same kind.
 */

/** The repository root: the nearest folder above this file with a package.json and a libs/ folder. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!(fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'libs')))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(__dirname, '../../..');
    dir = parent;
  }
  return dir;
}

const vectorDir = process.env['EPCIS_EVENT_HASH_VECTORS']
  ? path.resolve(process.env['EPCIS_EVENT_HASH_VECTORS'])
  : path.resolve(repositoryRoot(), '../shared/conformance/event-hash');

/** Non-empty lines of a vector file (files may or may not end with a newline). */
const linesOf = (file: string): string[] =>
  fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');

const digestOf = (expectedUri: string) => {
  const parsed = parseNiHashUri(expectedUri);
  if (parsed === null) throw new Error(`Not a 'ni' hash URI: ${expectedUri}`);
  return parsed;
};

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const vectorNames = fs.existsSync(vectorDir)
  ? fs.readdirSync(vectorDir).filter((file) => file.endsWith('.jsonld')).map((file) => file.slice(0, -'.jsonld'.length)).sort()
  : [];

if (vectorNames.length === 0) {
  console.warn(`EPCIS event-hash conformance vectors were absent (looked in ${vectorDir}); only unit tests ran.`);
  describe('CBV 2.0 event-hash conformance vectors', () => {
    it(`reports that no vectors were found in ${vectorDir}`, () => {
      expect(vectorNames).toEqual([]);
    });
  });
} else {
  describe.each(vectorNames)('CBV 2.0 event-hash vector %s', (name) => {
    const base = path.join(vectorDir, name);
    const document: unknown = JSON.parse(fs.readFileSync(`${base}.jsonld`, 'utf8'));
    const expectedHashes = fs.existsSync(`${base}.hashes`) ? linesOf(`${base}.hashes`) : [];

    it('has an expected hash for every event', () => {
      expect(expectedHashes.length).toBeGreaterThan(0);
      expect(hashEpcisDocument(document)).toHaveLength(expectedHashes.length);
    });

    it('yields the expected hash of every event', () => {
      const prehashes = prehashEpcisDocument(document);
      expectedHashes.forEach((expected, event) => {
        const { algorithm, digest } = digestOf(expected);
        if (!isNiHashAlgorithm(algorithm)) throw new Error(`Unsupported hash algorithm in vector: ${algorithm}`);
        const prehash = prehashes[event] ?? '';
        const actual = digestOf(hashPrehash(prehash, { algorithm })).digest;
        const wanted = digest.toLowerCase();
        // On a mismatch the diff also shows the computed pre-hash string.
        expect({ event, digest: actual, ...(actual === wanted ? {} : { prehash }) }).toEqual({ event, digest: wanted });
      });
    });

    it('yields a "?ver=CBV2.0" event hash ID', () => {
      for (const hash of hashEpcisDocument(document)) expect(hash).toMatch(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
    });

    const prehashFile = `${base}.prehashes`;
    if (fs.existsSync(prehashFile)) {
      it('yields the expected pre-hash string of every event', () => {
        const expected = linesOf(prehashFile);
        const actual = prehashEpcisDocument(document);
        expect(actual).toHaveLength(expected.length);
        expected.forEach((line, i) => {
          const expectedHash = expectedHashes[i] === undefined ? undefined : digestOf(expectedHashes[i]!);
          // A pre-hash line whose own SHA-256 is not the vector's hash contradicts the vector itself
          // (two upstream GS1 files carry such garbled or truncated lines); the hash is authoritative.
          if (expectedHash?.algorithm === 'sha-256' && sha256(line) !== expectedHash.digest.toLowerCase()) {
            console.warn(`${name}.prehashes line ${i + 1} does not hash to ${name}.hashes line ${i + 1}; pre-hash not compared`);
            expect(sha256(actual[i]!)).toBe(expectedHash.digest.toLowerCase());
            return;
          }
          expect(actual[i]).toBe(line);
        });
      });
    }
  });
}

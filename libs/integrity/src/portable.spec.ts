import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as nodeSha256 from './digest/sha256';
import * as portableSha256 from './digest/sha256.portable';
import * as index from './index';
import * as nodeVerification from './keys/ed25519-verification';
import * as webCryptoVerification from './keys/ed25519-verification.webcrypto';
import * as portable from './portable';

// The browser verifier bundles portable.ts with two aliases; this keeps that promise checkable.
const ALIASES: Record<string, string> = {
  'digest/sha256.ts': 'digest/sha256.portable.ts',
  'keys/ed25519-verification.ts': 'keys/ed25519-verification.webcrypto.ts',
};

function importsOf(file: string): string[] {
  const source = readFileSync(join(__dirname, file), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

// Every file the browser bundle reaches from portable.ts, following the aliases.
function bundled(): { files: Set<string>; external: Map<string, string[]> } {
  const files = new Set<string>();
  const external = new Map<string, string[]>();
  const visit = (file: string) => {
    const target = ALIASES[file] ?? file;
    if (files.has(target)) return;
    files.add(target);
    for (const specifier of importsOf(target)) {
      if (specifier.startsWith('.')) visit(relative(__dirname, join(__dirname, dirname(target), `${specifier}.ts`)));
      else external.set(target, [...(external.get(target) ?? []), specifier]);
    }
  };
  visit('portable.ts');
  return { files, external };
}

describe('the portable (browser) entry of libs/integrity', () => {
  it('reaches no module outside the library once the two node files are aliased', () => {
    const { files, external } = bundled();
    expect(Object.fromEntries(external)).toEqual({});
    expect(files).toContain('digest/sha256.portable.ts');
    expect(files).toContain('keys/ed25519-verification.webcrypto.ts');
    expect(files).not.toContain('keys/ed25519-signing.ts');
  });

  it('has alias targets that export the functions portable code imports from the files they replace', () => {
    expect([typeof nodeSha256.sha256, typeof portableSha256.sha256]).toEqual(['function', 'function']);
    expect([typeof nodeVerification.verifySignature, typeof webCryptoVerification.verifySignature]).toEqual(['function', 'function']);
    const imported = [...bundled().files].flatMap((file) => readFileSync(join(__dirname, file), 'utf8').match(/import \{[^}]*\} from '[./]*(digest\/sha256|keys\/ed25519-verification|\.\/sha256|\.\/ed25519-verification)'/g) ?? []);
    const names = new Set(imported.flatMap((line) => line.replace(/^import \{|\} from.*$/g, '').split(',').map((n) => n.trim()).filter(Boolean)));
    expect([...names].sort()).toEqual(['sha256', 'verifySignature']);
  });

  it('exports from index everything portable exports', () => {
    for (const [name, value] of Object.entries(portable)) expect((index as Record<string, unknown>)[name]).toBe(value);
  });
});

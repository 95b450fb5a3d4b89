import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { repoRoot } from '#tamga/local-infra';
import { verifyPageHtml } from './verify-page-html';

/** Where `npm run build` writes the page, and where the provenance service serves it from. */
export function verifyHtmlPath(root: string = repoRoot()): string {
  return join(root, 'dist', 'verify.html');
}

/**
 * Libs by their #tamga names, from source; the integrity lib by its portable entry, with its two
 * platform files swapped for their browser versions (portable SHA-256, WebCrypto Ed25519), as
 * libs/integrity/src/portable.ts asks. Any node module reached is a build error: the page must run
 * in a browser with nothing else.
 */
function browserPlatform(root: string): Plugin {
  return {
    name: 'tamga-browser-platform',
    setup(b) {
      b.onResolve({ filter: /^#tamga\// }, (args) => {
        const lib = args.path.slice('#tamga/'.length);
        return { path: join(root, 'libs', lib, 'src', lib === 'integrity' ? 'portable.ts' : 'index.ts') };
      });
      b.onResolve({ filter: /(^|\/)(sha256|ed25519-verification)$/ }, (args) => ({
        path: join(args.resolveDir, `${args.path}${args.path.endsWith('sha256') ? '.portable' : '.webcrypto'}.ts`),
      }));
      b.onResolve({ filter: /^(node:|fs$|path$|crypto$)/ }, (args) => ({ errors: [{ text: `${args.path} (imported by ${args.importer}) cannot run in the browser verifier` }] }));
    },
  };
}

/** Bundles the verifier into one self-contained verify.html (inline script and styles, nothing fetched). */
export async function buildVerifyHtml(root: string = repoRoot()): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'apps', 'verify-html', 'src', 'verify-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    plugins: [browserPlatform(root)],
    logLevel: 'warning',
  });
  const out = verifyHtmlPath(root);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, verifyPageHtml(result.outputFiles[0].text));
  return out;
}

if (require.main === module) {
  buildVerifyHtml().then(
    (out) => process.stdout.write(`verify.html: ${out}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}

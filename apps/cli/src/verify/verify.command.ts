import { readFile } from 'node:fs/promises';
import { reportText, verifyBundle } from '#tamga/proof-bundle';
import { verifyArgumentsOf } from './verify-arguments';

const USAGE = `Usage: tamga verify BUNDLE.json [--trusted-key FINGERPRINT] [--json]
  verifies an export proof bundle offline (no service, database or network): the manifest's
  signature and section hashes, every record hash, EPCIS event hash, signature and inclusion proof,
  the checkpoint and the per-lot chains; exit 0 when every check passes, 1 naming what failed
`;

/**
 * `tamga verify`: reads the bundle file and runs the same verifyBundle as verify.html, with
 * node:crypto. Reads nothing but the file, so it proves the bundle to someone who trusts neither
 * the exporter nor Tamga's servers; pinning the service key's fingerprint closes the last gap (a
 * bundle signed by a key of the forger's own making).
 */
export async function verifyCommand(args: readonly string[]): Promise<number> {
  const request = verifyArgumentsOf(args);
  if ('error' in request) {
    process.stderr.write(`tamga verify: ${request.error}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = request.file === '-' ? await readStdin() : await readFile(request.file, 'utf8');
  } catch (error) {
    process.stderr.write(`tamga verify: cannot read ${request.file}: ${(error as Error).message}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stdout.write(`NOT VERIFIED: ${request.file} is not JSON (${(error as Error).message}).\n`);
    return 1;
  }
  const report = await verifyBundle(json, request.trustedKey !== undefined ? { trustedKey: request.trustedKey } : {});
  process.stdout.write(request.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
  return report.ok ? 0 : 1;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

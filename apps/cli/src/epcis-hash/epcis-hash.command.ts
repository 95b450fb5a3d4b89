import { readFile } from 'node:fs/promises';
import { hashEpcisDocument } from '#tamga/epcis';

/**
 * `tamga epcis-hash FILE`: prints the GS1 CBV 2.0 event hash (ni:///sha-256;...?ver=CBV2.0) of
 * each event in an EPCIS 2.0 JSON-LD document, one per line, in document order.
 */
export async function epcisHashCommand(args: readonly string[]): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) {
    process.stderr.write('Usage: tamga epcis-hash FILE   (an EPCIS 2.0 JSON-LD document)\n');
    return 2;
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`${file}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : (error as Error).message}\n`);
    return 1;
  }
  let hashes: string[];
  try {
    hashes = hashEpcisDocument(document);
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(hashes.map((hash) => `${hash}\n`).join(''));
  return 0;
}

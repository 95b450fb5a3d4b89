import { EpcisRenderingError, EpcisSchemaUnavailableError, loadEpcisSchemaValidator, resolveEpcisSchemaDir } from '#tamga/epcis';
import { repoRoot } from '#tamga/local-infra';
import { createPool } from '#tamga/platform';
import { provideExportDatabase } from './export-database';
import { ExportFailure } from './export-failure';
import { UnknownLotError } from './lot-trace';
import { writeEpcisExport } from './write-epcis-export';

const USAGE = 'Usage: tamga epcis-export [--lot LOT_ID]   (prints an EPCIS 2.0 JSON-LD document)\n';

/** The lot asked for, none for the whole log, or null for arguments that make no sense. */
export function lotOfArguments(args: readonly string[]): { lotId?: string } | null {
  if (args.length === 0) return {};
  if (args.length === 2 && args[0] === '--lot' && args[1] !== '' && !args[1].startsWith('--')) return { lotId: args[1] };
  if (args.length === 1 && args[0].startsWith('--lot=') && args[0].length > '--lot='.length) return { lotId: args[0].slice('--lot='.length) };
  return null;
}

/**
 * `tamga epcis-export [--lot LOT_ID]`: prints the EPCIS 2.0 document of every recorded lot event,
 * or of one lot's trace (the lot, what it was made from and what was made from it), each event
 * named by its CBV 2.0 event hash. The document is validated against the GS1 EPCIS 2.0 JSON
 * Schema ($EPCIS_SCHEMA_DIR, else ../shared/conformance/epcis-schema) before anything is printed;
 * exits 1 with the reason when it does not validate, cannot be rendered, or the lot is unknown.
 */
export async function epcisExportCommand(args: readonly string[]): Promise<number> {
  const request = lotOfArguments(args);
  if (request === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const validator = loadEpcisSchemaValidator(resolveEpcisSchemaDir(repoRoot()));
    const database = await provideExportDatabase();
    const pool = createPool(database.databaseUrl, 2);
    try {
      const count = await writeEpcisExport(pool, validator, process.stdout, request.lotId);
      process.stderr.write(`Exported ${count} EPCIS event(s)${request.lotId ? ` in the trace of lot ${request.lotId}` : ''}; the document validates.\n`);
      return 0;
    } finally {
      await pool.end();
      await database.release();
    }
  } catch (error) {
    const known = [ExportFailure, EpcisRenderingError, UnknownLotError, EpcisSchemaUnavailableError].some((kind) => error instanceof kind);
    if (!known) throw error;
    process.stderr.write(`tamga epcis-export: ${(error as Error).message}\n`);
    return 1;
  }
}

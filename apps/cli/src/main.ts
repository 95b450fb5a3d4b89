import 'reflect-metadata';
import { adminKeyCommand } from './admin-key/admin-key.command';
import { codesCommand } from './codes/codes.command';
import { epcisExportCommand } from './epcis-export/epcis-export.command';
import { epcisHashCommand } from './epcis-hash/epcis-hash.command';
import { generateDatasetCommand } from './generate-dataset/generate-dataset.command';
import { migrateCommand } from './migrate/migrate.command';
import { replayCommand } from './replay/replay.command';
import { startCommand } from './start/start.command';

const USAGE = `Usage: tamga <command>

  start [--no-demo]   start Kafka, Postgres and every service, load the demo season
  migrate             bring the database schema up to date
  replay [--keep]     rebuild the read models from Kafka offset 0 and compare them with the live ones
  epcis-hash FILE     print the CBV 2.0 event hash of each event in an EPCIS 2.0 JSON-LD document
  epcis-export [--lot LOT_ID]
                      print an EPCIS 2.0 document of every recorded lot event, or of one lot's trace
  admin-key [--party ID] [--label LABEL]
                      register the admin party if absent and print a new API key for it, once
  codes [--limit N]   print the Digital Link URL of every recorded lot and unit, one per line
  generate-dataset [--events N] [--seed S] [--database NAME] [--force]
                      generate a season of supply chains (1,000,000 events) into an empty event store
`;

const COMMANDS: Record<string, (args: readonly string[]) => Promise<number>> = {
  start: startCommand,
  migrate: () => migrateCommand(),
  replay: replayCommand,
  'epcis-hash': epcisHashCommand,
  'epcis-export': epcisExportCommand,
  'admin-key': adminKeyCommand,
  codes: codesCommand,
  'generate-dataset': generateDatasetCommand,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(USAGE);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.TAMGA_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);

import 'reflect-metadata';

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
  shipments [--json]  list export shipments (id, date, destination, exporter, products, quantity)
  bundle --shipment ID [--withhold LIST] > bundle.json
                      write a shipment's export proof bundle (from the provenance service)
  verify-log [--topic NAME] [--database URL|NAME]
                      recompute the Tamga log (record hashes, chains, tree, checkpoints) from Kafka
                      offset 0 and compare it with Postgres, naming every event that does not hold
  verify BUNDLE.json [--trusted-key FINGERPRINT]
                      verify an export proof bundle offline: no service, database or network
`;

// Each command is required when it is asked for: a command pulls in only what it uses (the services,
// Kafka, the EPCIS schemas...), so `tamga codes` or `tamga epcis-hash` start in a fraction of the time.
const COMMANDS: Record<string, () => (args: readonly string[]) => Promise<number>> = {
  start: () => (require('./start/start.command') as typeof import('./start/start.command')).startCommand,
  migrate: () => {
    const { migrateCommand } = require('./migrate/migrate.command') as typeof import('./migrate/migrate.command');
    return () => migrateCommand();
  },
  replay: () => (require('./replay/replay.command') as typeof import('./replay/replay.command')).replayCommand,
  'epcis-hash': () => (require('./epcis-hash/epcis-hash.command') as typeof import('./epcis-hash/epcis-hash.command')).epcisHashCommand,
  'epcis-export': () => (require('./epcis-export/epcis-export.command') as typeof import('./epcis-export/epcis-export.command')).epcisExportCommand,
  'admin-key': () => (require('./admin-key/admin-key.command') as typeof import('./admin-key/admin-key.command')).adminKeyCommand,
  codes: () => (require('./codes/codes.command') as typeof import('./codes/codes.command')).codesCommand,
  shipments: () => (require('./shipments/shipments.command') as typeof import('./shipments/shipments.command')).shipmentsCommand,
  bundle: () => (require('./bundle/bundle.command') as typeof import('./bundle/bundle.command')).bundleCommand,
  verify: () => (require('./verify/verify.command') as typeof import('./verify/verify.command')).verifyCommand,
  'verify-log': () => (require('./verify-log/verify-log.command') as typeof import('./verify-log/verify-log.command')).verifyLogCommand,
  'generate-dataset': () => (require('./generate-dataset/generate-dataset.command') as typeof import('./generate-dataset/generate-dataset.command')).generateDatasetCommand,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(USAGE);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  return load()(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.TAMGA_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);

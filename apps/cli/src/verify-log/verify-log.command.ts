import { provideInfrastructure } from '#tamga/local-infra';
import { createKafka, readWholeTopic } from '#tamga/messaging';
import { createPool, loadConfig } from '#tamga/platform';
import { checkLogTree } from './check-log-tree';
import { checkSealedRecords } from './check-sealed-records';
import { compareWithPostgres, findMissingLeaves } from './compare-with-postgres';
import { LogFinding } from './log-finding';
import { orderTopicByLeaf } from './order-topic-by-leaf';
import { loadStoredEvents, loadStoredLeaves } from './postgres-log';
import { VerifyLogRequest, verifyLogRequestOf } from './verify-log-arguments';

const USAGE = `Usage: tamga verify-log [--topic NAME] [--database URL|NAME]

Reads the event topic from offset 0 (every partition, in leaf order) and checks, naming each event
that fails (id, stream, version, leaf): every record hash recomputed from its message, every stream's
chain, the Merkle tree, every checkpoint's root and signature (by the service key the log itself
registered), and every event against its Postgres row and leaf. Exits 0 with a summary when all holds.
`;

/** `tamga verify-log`: recomputes the Tamga log from Kafka and compares it with Postgres (ADR 0016). */
export async function verifyLogCommand(args: readonly string[]): Promise<number> {
  let request: VerifyLogRequest;
  try {
    request = verifyLogRequestOf(args);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const url = request.database?.includes('://') ? request.database : undefined;
  const name = url ? undefined : request.database;
  const infrastructure = await provideInfrastructure(name ?? 'tamga');
  const config = loadConfig({ ...process.env, DATABASE_URL: url ?? infrastructure.databaseUrl, KAFKA_BROKERS: infrastructure.kafkaBrokers });
  // A database named as generate-dataset names it publishes to its own topic.
  const topic = request.topic ?? (name && !process.env.TAMGA_EVENT_TOPIC ? `tamga.${name}.lot-events.v1` : config.eventTopic);
  const pool = createPool(config.databaseUrl, 2);
  try {
    const partitions = await readWholeTopic(createKafka({ brokers: config.kafkaBrokers, clientId: 'tamga-verify-log' }), topic);
    const ordered = orderTopicByLeaf(partitions);
    const stored = await loadStoredLeaves(pool);
    const ids = new Set([...ordered.leaves.map((l) => l.envelope.eventId), ...[...stored.values()].map((l) => l.eventId)]);
    const events = await loadStoredEvents(pool, [...ids]);
    const missing = findMissingLeaves(ordered.leaves, stored, events);
    const records = checkSealedRecords(ordered.leaves, missing.missingVersions);
    const compared = compareWithPostgres(ordered.leaves, stored, events);
    const tree = await checkLogTree(pool, ordered.leaves, records.recordHashes, stored);
    const findings = [...ordered.findings, ...missing.findings, ...records.findings, ...compared, ...tree.findings];
    print(findings);
    const messages = partitions.reduce((n, p) => n + p.length, 0);
    const summary =
      `${ordered.leaves.length} events (${messages} messages in ${partitions.length} partitions of ${topic}), ${records.streams} streams, ` +
      `${tree.checkpoints} checkpoints, tree of ${tree.size} leaves with root ${tree.root}; service key ${tree.keyIds.join(', ') || 'none'}`;
    if (findings.length === 0) {
      console.log(`The log holds: ${summary}.`);
      return 0;
    }
    console.log(`The log does NOT hold: ${findings.length} problem(s). Read: ${summary}.`);
    return 1;
  } finally {
    await pool.end();
    await infrastructure.release();
  }
}

function print(findings: readonly LogFinding[]): void {
  for (const f of findings) console.log(`${f.kind.toUpperCase()}: ${f.subject}: ${f.detail}`);
}

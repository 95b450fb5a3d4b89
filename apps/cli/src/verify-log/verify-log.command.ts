import { Pool } from 'pg';
import { provideInfrastructure } from '#tamga/local-infra';
import { Kafka, createKafka, scanWholeTopic } from '#tamga/messaging';
import { createPool, loadConfig } from '#tamga/platform';
import { checkChains } from './check-chains';
import { checkLogTree } from './check-log-tree';
import { checkMessage } from './check-message';
import { checkSignatures, verifyIfKeyKnown } from './check-signatures';
import { findMissingLeaves } from './find-missing-leaves';
import { KeyRing } from './key-ring';
import { LeafOrderer } from './leaf-orderer';
import { LogFinding } from './log-finding';
import { loadStoredEvents, storedLogSize } from './postgres-log';
import { VerifyLogRequest, verifyLogRequestOf } from './verify-log-arguments';

const USAGE = `Usage: tamga verify-log [--topic NAME] [--database URL|NAME]

Reads the event topic from offset 0 (every partition, in leaf order) and checks, naming each event
that fails (id, stream, version, leaf): every record hash recomputed from its message, every stream's
chain and signature, the Merkle tree, every checkpoint's root and signature (by the service key the log itself
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
    return await verifyLog(createKafka({ brokers: config.kafkaBrokers, clientId: 'tamga-verify-log' }), topic, pool);
  } finally {
    await pool.end();
    await infrastructure.release();
  }
}

async function verifyLog(kafka: Kafka, topic: string, pool: Pool): Promise<number> {
  const orderer = new LeafOrderer();
  const keys = new KeyRing();
  const checked: LogFinding[] = [];
  // Each batch is checked while its events are whole, then only what the chains and the tree need is kept.
  const scanned = await scanWholeTopic(kafka, topic, async (messages) => {
    const admitted = messages.map((m) => orderer.admit(m)).filter((m) => m !== null);
    const stored = await loadStoredEvents(pool, admitted.map((m) => m.envelope.eventId));
    const leaves = admitted.map((message) => {
      const { leaf, findings } = checkMessage(message, stored.get(message.envelope.eventId));
      checked.push(...findings);
      keys.learn(message.envelope.type, message.envelope.data);
      return leaf;
    });
    // Signatures whose key is already known are verified now, and their signed bytes dropped.
    for (const leaf of leaves) {
      verifyIfKeyKnown(leaf, keys);
      orderer.keep(leaf);
    }
  });
  const leaves = orderer.leaves();
  const size = Math.max(await storedLogSize(pool), leaves.length === 0 ? 0 : leaves[leaves.length - 1].leafIndex + 1);
  const missing = await findMissingLeaves(pool, leaves, size);
  const chains = checkChains(leaves, missing.missingVersions);
  const tree = await checkLogTree(pool, leaves, size, missing.recordHashes, keys);
  const signatures = checkSignatures(leaves, keys);
  const findings = [...orderer.findings, ...missing.findings, ...checked, ...chains.findings, ...signatures, ...tree.findings];
  for (const f of findings) console.log(`${f.kind.toUpperCase()}: ${f.subject}: ${f.detail}`);
  const summary =
    `${leaves.length} events (${scanned.messages} messages in ${scanned.partitions} partitions of ${topic}), ${chains.streams} streams, ` +
    `${tree.checkpoints} checkpoints, tree of ${tree.size} leaves with root ${tree.root}; service key ${tree.keyIds.join(', ') || 'none'}`;
  if (findings.length === 0) {
    console.log(`The log holds: ${summary}.`);
    return 0;
  }
  console.log(`The log does NOT hold: ${findings.length} problem(s). Read: ${summary}.`);
  return 1;
}

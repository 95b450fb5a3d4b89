import { Pool } from 'pg';
import { fromHex } from '#tamga/integrity';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';
import { loadLeavesAt } from './postgres-log';

// Named one by one up to this many; beyond, counted (a topic that lost half its messages needs no list).
const NAMED = 1000;

/**
 * Leaves the topic lacks: every index below the log's end (`size`) that no message carries, named
 * from Postgres (integrity.log_leaves and the event row). Answers their record hashes (so the tree
 * can still be rebuilt past them) and "stream#version" of each, so the chain walk does not name the
 * same gap again.
 */
export async function findMissingLeaves(
  pool: Pool,
  leaves: readonly LeafMessage[],
  size: number,
): Promise<{ findings: LogFinding[]; recordHashes: Map<number, Uint8Array>; missingVersions: Set<string> }> {
  const onTopic = new Set(leaves.map((l) => l.leafIndex));
  const indices: number[] = [];
  for (let i = 0; i < size; i++) if (!onTopic.has(i)) indices.push(i);
  const findings: LogFinding[] = [];
  const recordHashes = new Map<number, Uint8Array>();
  const missingVersions = new Set<string>();
  const named = indices.slice(0, NAMED);
  const stored = await loadLeavesAt(pool, named);
  for (const i of named) {
    const leaf = stored.get(i);
    if (leaf) recordHashes.set(i, fromHex(leaf.recordHash));
    if (leaf?.event) missingVersions.add(`${leaf.event.streamId}#${leaf.event.streamVersion}`);
    findings.push({
      kind: 'missing',
      subject: leaf?.event ? eventName(leaf.event, i) : leaf ? `event ${leaf.eventId} (leaf ${i})` : `leaf ${i}`,
      detail: leaf ? 'is in the log (integrity.log_leaves) but not on the topic' : 'is on neither the topic nor in integrity.log_leaves',
    });
  }
  if (indices.length > NAMED) findings.push({ kind: 'missing', subject: `${indices.length - NAMED} more leaves`, detail: `are not on the topic (after leaf ${named[named.length - 1]})` });
  return { findings, recordHashes, missingVersions };
}

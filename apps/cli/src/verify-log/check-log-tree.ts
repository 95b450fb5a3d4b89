import { Pool } from 'pg';
import { Checkpoint, EMPTY_FRONTIER, Frontier, appendToFrontier, checkpointProblem, frontierRoot, leafHash, nodesForRoot, rootFromNodes, toHex } from '#tamga/integrity';
import { CHECKPOINT_SIGNED, findCheckpoint, readLogNodes } from '#tamga/merkle-log';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';
import { KeyRing } from './key-ring';

/** The tree rebuilt from the topic: its size and root, the checkpoints seen and the service keys that signed them. */
export interface TreeCheck {
  readonly size: number;
  readonly root: string;
  readonly checkpoints: number;
  readonly keyIds: readonly string[];
  readonly findings: readonly LogFinding[];
}

/**
 * Rebuilds the Merkle tree from the recomputed record hashes in leaf order (a leaf the topic lacks
 * takes Postgres's hash, so one missing event is reported once, not as every later checkpoint),
 * and checks every `log.checkpoint-signed` on the topic: its root at its tree size, its signature
 * by a service key the log itself registered, that it comes after the tree it signs, and that
 * Postgres holds the same checkpoint and the same root in its stored nodes.
 */
export async function checkLogTree(
  pool: Pool,
  leaves: readonly LeafMessage[],
  /** The log's size: the larger of the topic's last leaf + 1 and Postgres's. */
  size: number,
  /** Record hashes from Postgres of the leaves the topic lacks. */
  missing: ReadonlyMap<number, Uint8Array>,
  /** The keys the log registered. */
  keys: KeyRing,
): Promise<TreeCheck> {
  const findings: LogFinding[] = [];
  const checkpoints: { leaf: LeafMessage; checkpoint: Checkpoint }[] = [];
  const recomputed = new Map<number, Uint8Array>();
  for (const leaf of leaves) {
    recomputed.set(leaf.leafIndex, leaf.recomputed);
    const data = leaf.event.data as Record<string, unknown> | null;
    if (leaf.event.type === CHECKPOINT_SIGNED && data) checkpoints.push({ leaf, checkpoint: data as unknown as Checkpoint });
  }
  const wanted = new Set(checkpoints.map((c) => c.checkpoint.treeSize));
  const roots = new Map<number, string>();
  let frontier: Frontier = EMPTY_FRONTIER;
  let built = 0;
  for (let i = 0; i < size; i++) {
    const hash = recomputed.get(i) ?? missing.get(i);
    if (!hash) break; // reported as missing: the tree cannot be rebuilt past it
    frontier = appendToFrontier(frontier, [leafHash(hash)]).frontier;
    built = i + 1;
    if (wanted.has(built)) roots.set(built, toHex(frontierRoot(frontier)));
  }
  for (const { leaf, checkpoint } of checkpoints) {
    const name = `checkpoint at tree size ${checkpoint.treeSize}, ${eventName(leaf.event, leaf.leafIndex)}`;
    const bad = (detail: string) => findings.push({ kind: 'bad-checkpoint', subject: name, detail });
    const key = keys.get(checkpoint.keyId);
    const publicKey = key && key.partyId === null ? key.publicKey : undefined;
    const problem = publicKey ? await checkpointProblem(checkpoint, publicKey) : `key ${checkpoint.keyId} was never registered in the log as the service's`;
    if (problem) bad(problem);
    if (leaf.leafIndex < checkpoint.treeSize) bad('it is recorded inside the tree it signs');
    const root = roots.get(checkpoint.treeSize);
    if (root === undefined) bad(`the topic does not hold its ${checkpoint.treeSize} leaves`);
    else if (root !== checkpoint.rootHash) bad(`it signs root ${checkpoint.rootHash}, but the leaves recompute to ${root}`);
    const row = await findCheckpoint(pool, checkpoint.treeSize);
    if (!row || row.rootHash !== checkpoint.rootHash || row.signature !== checkpoint.signature || row.eventId !== leaf.event.eventId) {
      bad('integrity.checkpoints does not hold the same checkpoint');
    }
  }
  const root = toHex(frontierRoot(frontier));
  if (built === size && size > 0) {
    let storedRoot: string;
    try {
      storedRoot = toHex(rootFromNodes(size, await readLogNodes(pool, nodesForRoot(size))));
    } catch (error) {
      storedRoot = `none (${error instanceof Error ? error.message : String(error)})`;
    }
    if (storedRoot !== root) findings.push({ kind: 'changed', subject: `the tree of ${size} leaves`, detail: `integrity.log_nodes gives root ${storedRoot}, the topic ${root}` });
  }
  return { size: built, root, checkpoints: checkpoints.length, keyIds: keys.ids().filter((id) => keys.get(id)?.partyId === null), findings };
}

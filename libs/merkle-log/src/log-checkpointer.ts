import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { Checkpoint, CheckpointBody, LOG_NAME, checkpointText, nodesForRoot, rootFromNodes, toHex, utf8 } from '#tamga/integrity';
import { PostgresEventStore, ServiceSigningKey } from '#tamga/event-store';
import { CHECKPOINT_SIGNED, CHECKPOINTS_STREAM } from './log-checkpoint-event';
import { readLogNodes } from './stored-log-nodes';

/** When a checkpoint is due: every `every` leaves or `intervalMs` milliseconds, whichever comes first. */
export interface CheckpointPolicy {
  readonly every: number;
  readonly intervalMs: number;
}

interface LogState {
  size: string;
  last_size: string | null;
  last_timestamp: string | null;
  last_version: number | null;
  /** The newest checkpoint event that is a leaf, and the newest whose leaf lies before the last checkpoint's size. */
  newest_logged_checkpoint: number | null;
  newest_checkpoint_before_last: number | null;
}

/**
 * Signs the log's tree head with the service key and records it as a `log.checkpoint-signed`
 * event through the normal append (so it is sealed, chained, and a later leaf itself), with its
 * read-model row in the same transaction. Only growth by something other than checkpoints counts:
 * the checkpoint's own leaf never calls for another, so an idle log makes none.
 */
export class LogCheckpointer {
  private readonly startedAt: number;

  constructor(
    private readonly pool: Pool,
    private readonly policy: CheckpointPolicy,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Makes and records a checkpoint if one is due; answers it, or null. Another writer racing to the same one is not an error. */
  async checkpointIfDue(): Promise<Checkpoint | null> {
    const state = await this.state();
    const size = Number(state.size);
    const lastSize = state.last_size === null ? 0 : Number(state.last_size);
    if (!grewBeyondCheckpoints(state, size, lastSize)) return null;
    const lastAt = state.last_timestamp === null ? this.startedAt : Date.parse(state.last_timestamp);
    const now = this.now();
    if (size - lastSize < this.policy.every && now - lastAt < this.policy.intervalMs) return null;
    return this.record(size, new Date(now).toISOString(), state.last_version ?? 0);
  }

  private async record(treeSize: number, timestamp: string, streamVersion: number): Promise<Checkpoint | null> {
    const root = rootFromNodes(treeSize, await readLogNodes(this.pool, nodesForRoot(treeSize)));
    const key = await ServiceSigningKey.load(this.pool);
    const body: CheckpointBody = { treeSize, rootHash: toHex(root), timestamp };
    const checkpoint: Checkpoint = { log: LOG_NAME, ...body, keyId: key.keyId, signature: key.sign(utf8(checkpointText(body))) };
    const eventId = randomUUID();
    try {
      await new PostgresEventStore(this.pool).append(
        [{ streamId: CHECKPOINTS_STREAM, expectedVersion: streamVersion, events: [{ eventId, type: CHECKPOINT_SIGNED, schemaVersion: 1, occurredAt: timestamp, data: checkpoint }] }],
        {
          actorId: null,
          metadata: {},
          respond: () => ({ status: 201, body: {} }),
          inTransaction: async (client) => {
            await client.query(
              `INSERT INTO integrity.checkpoints (tree_size, root_hash, timestamp, key_id, signature, event_id) VALUES ($1, $2, $3, $4, $5, $6)`,
              [treeSize, Buffer.from(root), timestamp, checkpoint.keyId, checkpoint.signature, eventId],
            );
          },
        },
      );
    } catch (error) {
      // Another relay recorded the next checkpoint first: it is as good as ours.
      if (error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT') return null;
      throw error;
    }
    return checkpoint;
  }

  private async state(): Promise<LogState> {
    // Every lookup walks an index from its newest end and stops at its first row, so the cost does
    // not grow with the log (an EXISTS joining every leaf since the last checkpoint to its event
    // was planned as a hash join over the whole events table: a second per checkpoint at 100k).
    const { rows } = await this.pool.query<LogState>(
      `WITH last AS (
         SELECT c.tree_size, c.timestamp FROM integrity.checkpoints AS c ORDER BY c.tree_size DESC LIMIT 1
       )
       SELECT (SELECT coalesce(max(l.leaf_index) + 1, 0) FROM integrity.log_leaves AS l)::text AS size,
              (SELECT tree_size FROM last)::text AS last_size,
              (SELECT timestamp FROM last) AS last_timestamp,
              (SELECT max(e.stream_version) FROM event_store.events AS e WHERE e.stream_id = $1) AS last_version,
              (SELECT e.stream_version FROM event_store.events AS e JOIN integrity.log_leaves AS l ON l.event_id = e.event_id
                WHERE e.stream_id = $1 ORDER BY e.stream_version DESC LIMIT 1) AS newest_logged_checkpoint,
              (SELECT e.stream_version FROM event_store.events AS e JOIN integrity.log_leaves AS l ON l.event_id = e.event_id
                WHERE e.stream_id = $1 AND l.leaf_index < coalesce((SELECT tree_size FROM last), 0)
                ORDER BY e.stream_version DESC LIMIT 1) AS newest_checkpoint_before_last`,
      [CHECKPOINTS_STREAM],
    );
    return rows[0];
  }
}

/**
 * Whether the leaves since the last checkpoint hold anything but checkpoint events. A stream's
 * events take their leaves in version order, so the checkpoint events among those leaves are the
 * versions after the newest one that lies before the last checkpoint: counting them needs no scan.
 */
function grewBeyondCheckpoints(state: LogState, size: number, lastSize: number): boolean {
  const checkpointLeaves = (state.newest_logged_checkpoint ?? 0) - (state.newest_checkpoint_before_last ?? 0);
  return size - lastSize > checkpointLeaves;
}

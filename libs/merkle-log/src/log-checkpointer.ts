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
  grew: boolean;
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
    if (!state.grew || size <= lastSize) return null;
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
    const { rows } = await this.pool.query<LogState>(
      `WITH last AS (
         SELECT c.tree_size, c.timestamp FROM integrity.checkpoints AS c ORDER BY c.tree_size DESC LIMIT 1
       )
       SELECT (SELECT coalesce(max(l.leaf_index) + 1, 0) FROM integrity.log_leaves AS l)::text AS size,
              (SELECT tree_size FROM last)::text AS last_size,
              (SELECT timestamp FROM last) AS last_timestamp,
              (SELECT max(e.stream_version) FROM event_store.events AS e WHERE e.stream_id = $1) AS last_version,
              EXISTS (SELECT 1 FROM integrity.log_leaves AS l JOIN event_store.events AS e ON e.event_id = l.event_id
                       WHERE l.leaf_index >= coalesce((SELECT tree_size FROM last), 0) AND e.stream_id <> $1) AS grew`,
      [CHECKPOINTS_STREAM],
    );
    return rows[0];
  }
}

import { Pool } from 'pg';
import { readStoreId } from '#tamga/event-store';
import { ConsumedBatch, KafkaEventConsumer, Kafka } from '#tamga/messaging';
import { assertSchemaName } from '../read-model-schema';
import { BatchResult, applyBatch } from './apply-batch';
import { ForeignStoreError } from './foreign-store.error';

const MAX_REWINDS = 5;

/** Where a projector reads from and writes to. */
export interface ProjectorSettings {
  readonly topic: string;
  readonly groupId: string;
  /** The schema whose read models it maintains: the live one, or a replay's. */
  readonly schema: string;
}

/** Observers of a projector's progress, for logs, `tamga replay` and the fault tests. */
export interface ProjectorHooks {
  /** After the read models and checkpoint committed, before the Kafka offset is committed. */
  readonly afterCommit?: (batch: ConsumedBatch, result: BatchResult) => Promise<void> | void;
  /** The topic holds another event store's events: nothing more can be applied until someone acts. */
  readonly onForeignStore?: (error: ForeignStoreError) => void;
}

/**
 * Kafka to read models, exactly once in effect: each batch and its checkpoint commit in one
 * Postgres transaction, and Kafka's offset is committed only afterwards. It applies only events
 * stamped by this database's own event store (or unstamped ones).
 */
export class Projector {
  private readonly consumer: KafkaEventConsumer;
  private readonly rewinds = new Map<string, number>();

  constructor(
    kafka: Kafka,
    private readonly pool: Pool,
    private readonly settings: ProjectorSettings,
    private readonly hooks: ProjectorHooks = {},
  ) {
    this.consumer = new KafkaEventConsumer(kafka, {
      topic: settings.topic,
      groupId: settings.groupId,
      fromBeginning: true,
      startOffsets: (partitions) => nextOffsets(pool, settings.schema, settings.topic, partitions),
    });
  }

  /** Joins the consumer group and projects until stopped. */
  async start(): Promise<void> {
    const storeId = await readStoreId(this.pool);
    await this.consumer.start(async (batch) => {
      const foreign = batch.events.find((e) => e.storeId !== null && e.storeId !== storeId);
      if (foreign) {
        const error = new ForeignStoreError(batch.topic, batch.partition, foreign.offset, foreign.storeId!, storeId);
        this.hooks.onForeignStore?.(error);
        throw error;
      }
      const result = await applyBatch(this.pool, this.settings.schema, batch);
      if (result.rewindTo !== undefined) {
        const key = `${batch.partition}@${result.rewindTo}`;
        const attempts = (this.rewinds.get(key) ?? 0) + 1;
        this.rewinds.set(key, attempts);
        // A batch fetched before the seek may still arrive once or twice; after that, Kafka
        // really has nothing at that offset: the history is gone.
        if (attempts > MAX_REWINDS) {
          throw new Error(
            `${batch.topic} partition ${batch.partition} has no message at offset ${result.rewindTo} ` +
              `(the next is ${batch.events[0].offset}): history is missing, so ${this.settings.schema} cannot be built from it`,
          );
        }
        return { rewindTo: result.rewindTo };
      }
      await this.hooks.afterCommit?.(batch, result);
    });
  }

  /** Leaves the group. */
  async stop(): Promise<void> {
    await this.consumer.stop();
  }
}

/** Per partition, the offset after the schema's checkpoint: where applying must resume. */
async function nextOffsets(pool: Pool, schema: string, topic: string, partitions: readonly number[]): Promise<Map<number, string>> {
  const { rows } = await pool.query<{ partition: number; next: string }>(
    `SELECT partition, (last_offset + 1)::text AS next FROM ${assertSchemaName(schema)}.projection_checkpoints
      WHERE topic = $1 AND partition = ANY($2::int[])`,
    [topic, partitions],
  );
  const next = new Map(rows.map((r) => [r.partition, r.next]));
  return new Map(partitions.map((p) => [p, next.get(p) ?? '0']));
}

import { Consumer, Kafka } from 'kafkajs';
import { EventEnvelope } from '#tamga/contracts';
import { LEAF_INDEX_HEADER, STORE_ID_HEADER } from './kafka-event-publisher';

/** An event as consumed: where it sits in the topic, and the envelope. */
export interface ConsumedEvent {
  readonly offset: string;
  readonly envelope: EventEnvelope;
  /** The event store that recorded it, from the message header; null if unstamped. */
  readonly storeId: string | null;
  /** Its leaf index in the Merkle log, from the message header; null if the relay did not stamp one. */
  readonly leafIndex?: number | null;
}

/** A batch of consecutive events from one partition. */
export interface ConsumedBatch {
  readonly topic: string;
  readonly partition: number;
  readonly events: readonly ConsumedEvent[];
}

/**
 * Applies a batch. Resolving means it is durably applied; throwing means "deliver it again";
 * resolving with `rewindTo` means "nothing applied: read this partition again from that offset".
 */
export type BatchHandler = (batch: ConsumedBatch) => Promise<{ readonly rewindTo?: string } | void>;

/** How a consumer joins the topic. */
export interface ConsumerSettings {
  readonly topic: string;
  readonly groupId: string;
  readonly fromBeginning: boolean;
  /**
   * Where to read each assigned partition from, whatever offset the group committed: the
   * handler's own checkpoint. Asked on every (re)join of the group.
   */
  readonly startOffsets?: (partitions: readonly number[]) => Promise<ReadonlyMap<number, string>>;
}

/**
 * A consumer-group member that hands whole batches to its handler and commits the Kafka offset
 * only after the handler resolved. The handler's own checkpoint is the truth; the Kafka offset
 * only saves rereading.
 */
export class KafkaEventConsumer {
  private readonly consumer: Consumer;

  constructor(
    kafka: Kafka,
    private readonly settings: ConsumerSettings,
  ) {
    this.consumer = kafka.consumer({
      groupId: settings.groupId,
      maxWaitTimeInMs: 100,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      allowAutoTopicCreation: false,
    });
  }

  /** Joins the group and starts handing batches to `handler`. */
  async start(handler: BatchHandler): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.settings.topic, fromBeginning: this.settings.fromBeginning });
    const startOffsets = this.settings.startOffsets;
    if (startOffsets) {
      this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
        const partitions = payload.memberAssignment[this.settings.topic] ?? [];
        void startOffsets(partitions).then(
          (offsets) => offsets.forEach((offset, partition) => this.consumer.seek({ topic: this.settings.topic, partition, offset })),
          // Without the seek, batches beyond the checkpoint are refused and rewound one by one.
          (error) => console.error(`could not read the start offsets of ${this.settings.topic}: ${String(error)}`),
        );
      });
    }
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: async ({ batch, resolveOffset, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const events = batch.messages.map((message) => ({
          offset: message.offset,
          envelope: parseEnvelope(message.value, batch.partition, message.offset),
          storeId: message.headers?.[STORE_ID_HEADER]?.toString() ?? null,
          leafIndex: leafIndexOf(message.headers?.[LEAF_INDEX_HEADER]),
        }));
        const outcome = await handler({ topic: batch.topic, partition: batch.partition, events });
        if (outcome?.rewindTo !== undefined) {
          this.consumer.seek({ topic: batch.topic, partition: batch.partition, offset: outcome.rewindTo });
          return;
        }
        const last = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(last);
        await this.consumer.commitOffsets([
          { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
        ]);
      },
    });
  }

  /** Leaves the group. Offsets of batches not yet handled are not committed. */
  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

function leafIndexOf(header: Buffer | string | (Buffer | string)[] | undefined): number | null {
  if (header === undefined || Array.isArray(header)) return null;
  const text = header.toString();
  return /^(0|[1-9][0-9]*)$/.test(text) ? Number(text) : null;
}

function parseEnvelope(value: Buffer | null, partition: number, offset: string): EventEnvelope {
  if (!value) throw new Error(`Empty message at partition ${partition} offset ${offset}`);
  try {
    return JSON.parse(value.toString('utf8')) as EventEnvelope;
  } catch (error) {
    // Never skip: a message that cannot be read stops this partition until someone looks.
    throw new Error(`Unreadable message at partition ${partition} offset ${offset}: ${String(error)}`);
  }
}

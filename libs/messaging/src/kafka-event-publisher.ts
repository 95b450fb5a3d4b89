import { CompressionTypes, Kafka, Partitioners, Producer } from 'kafkajs';
import { EventEnvelope } from '#tamga/contracts';

/** The message header naming the event store an event was recorded in. */
export const STORE_ID_HEADER = 'tamga-store-id';

/** The message header carrying the event's leaf index in the Merkle log (ADR 0016), a decimal string. */
export const LEAF_INDEX_HEADER = 'tamga-leaf-index';

/** Publishes envelopes to the event topic, keyed by lot so each lot's events stay in order. */
export class KafkaEventPublisher {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    /** The event store the events come from, stamped on each message (see {@link STORE_ID_HEADER}). */
    private readonly storeId: string | null = null,
  ) {
    // Idempotent with one request in flight: a retried send neither duplicates nor reorders.
    // Retries never give up (the idempotent producer requires it): while Kafka is away a publish
    // waits, with backoff capped at five seconds; the relay's stop does not wait for it.
    // The default partitioner is Kafka's murmur2, so Java clients agree on each lot's partition.
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
    });
  }

  /** Connects the producer. */
  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /**
   * Sends the events and resolves once every in-sync replica has them (acks=all); `leafIndices`,
   * when given, holds each event's leaf index in the Merkle log, in the same order.
   */
  async publish(events: readonly EventEnvelope[], leafIndices?: readonly number[]): Promise<void> {
    if (events.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      compression: CompressionTypes.None,
      messages: events.map((event, i) => ({
        key: event.streamId,
        value: JSON.stringify(event),
        headers: {
          'tamga-event-type': event.type,
          'tamga-event-id': event.eventId,
          ...(this.storeId ? { [STORE_ID_HEADER]: this.storeId } : {}),
          ...(leafIndices ? { [LEAF_INDEX_HEADER]: String(leafIndices[i]) } : {}),
        },
      })),
    });
  }

  /** Flushes and closes the producer. */
  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}

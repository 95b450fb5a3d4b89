import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { readStoreId } from '#tamga/event-store';
import { KafkaEventPublisher, createKafka, ensureEventTopic } from '#tamga/messaging';
import { PG_POOL, TAMGA_CONFIG, TamgaConfig } from '#tamga/platform';
import { EventRelay } from './event-relay';

/** Runs the event relay for the life of the service. */
@Injectable()
export class RelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Relay');
  private relay: EventRelay | null = null;
  private publisher: KafkaEventPublisher | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TAMGA_CONFIG) private readonly config: TamgaConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const kafka = createKafka({ brokers: this.config.kafkaBrokers, clientId: 'tamga-relay' });
    await ensureEventTopic(kafka, { topic: this.config.eventTopic, partitions: this.config.eventTopicPartitions });
    this.publisher = new KafkaEventPublisher(kafka, this.config.eventTopic, await readStoreId(this.pool));
    await this.publisher.connect();
    this.relay = new EventRelay(
      this.pool,
      this.config.databaseUrl,
      this.publisher,
      {
        name: this.config.relayName,
        batchSize: 1000,
        idleWaitMs: 500,
        checkpoints: { every: this.config.checkpointEvery, intervalMs: this.config.checkpointIntervalMs },
      },
      { onError: (error) => this.logger.error(`relaying failed, retrying: ${String(error)}`) },
    );
    await this.relay.start();
    console.log(`relay publishing committed events to ${this.config.eventTopic}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.publisher?.disconnect();
  }
}

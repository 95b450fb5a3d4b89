import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { createKafka, ensureEventTopic } from '#tamga/messaging';
import { PG_POOL, TAMGA_CONFIG, TamgaConfig } from '#tamga/platform';
import { LIVE_READ_MODEL_SCHEMA, Projector } from '#tamga/read-models';

/** sysexits.h EX_CONFIG: the projector cannot run with this configuration. */
const EXIT_CONFIGURATION_ERROR = 78;

/** Runs the live projector for the life of the service. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private projector: Projector | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TAMGA_CONFIG) private readonly config: TamgaConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const kafka = createKafka({ brokers: this.config.kafkaBrokers, clientId: 'tamga-projector' });
    await ensureEventTopic(kafka, { topic: this.config.eventTopic, partitions: this.config.eventTopicPartitions });
    this.projector = new Projector(
      kafka,
      this.pool,
      { topic: this.config.eventTopic, groupId: this.config.projectorGroupId, schema: LIVE_READ_MODEL_SCHEMA },
      {
        // A misconfiguration, not a passing fault: retrying cannot fix it, so say so and stop.
        onForeignStore: (error) => {
          console.error(`projector: ${error.message}`);
          process.exit(EXIT_CONFIGURATION_ERROR);
        },
      },
    );
    await this.projector.start();
    console.log(`projector applying ${this.config.eventTopic} to the ${LIVE_READ_MODEL_SCHEMA} tables`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projector?.stop();
  }
}

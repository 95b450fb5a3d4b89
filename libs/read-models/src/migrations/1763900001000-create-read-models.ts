import { MigrationInterface, QueryRunner } from 'typeorm';
import { LIVE_READ_MODEL_SCHEMA, readModelDdl } from '../read-model-schema';

/** The live read models. Unlike events, they can be dropped and rebuilt from Kafka (ADR 0004). */
export class CreateReadModels1763900001000 implements MigrationInterface {
  name = 'CreateReadModels1763900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(readModelDdl(LIVE_READ_MODEL_SCHEMA));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ${LIVE_READ_MODEL_SCHEMA} CASCADE`);
  }
}

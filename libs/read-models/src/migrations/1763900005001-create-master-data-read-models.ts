import { MigrationInterface, QueryRunner } from 'typeorm';
import { masterDataReadModelDdl } from '../projections/master-data/master-data-read-model.ddl';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';

/**
 * The master-data read models in a live schema created before they existed. A new database
 * already has them (readModelDdl includes them), so this creates only what is missing. No event
 * is lost: master data could not be recorded before these tables existed.
 */
export class CreateMasterDataReadModels1763900005001 implements MigrationInterface {
  name = 'CreateMasterDataReadModels1763900005001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(masterDataReadModelDdl(LIVE_READ_MODEL_SCHEMA));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = LIVE_READ_MODEL_SCHEMA;
    await queryRunner.query(
      `DROP TABLE ${s}.places, ${s}.products, ${s}.parties, ${s}.schemes, ${s}.village_specialisations`,
    );
  }
}

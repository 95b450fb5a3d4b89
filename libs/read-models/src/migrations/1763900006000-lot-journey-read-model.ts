import { MigrationInterface, QueryRunner } from 'typeorm';
import { lotsTableDdl } from '../projections/lots-table.ddl';
import { LIVE_READ_MODEL_SCHEMA, READ_MODEL_TABLES } from '../read-model-schema';

/**
 * The lots table grew from "a harvest" to "a lot anywhere on its journey". Read models are
 * rebuilt, not patched (ADR 0004): the table is recreated, every read model emptied and the
 * projection checkpoints cleared, so the projector replays the event topic from offset 0.
 */
export class LotJourneyReadModel1763900006000 implements MigrationInterface {
  name = 'LotJourneyReadModel1763900006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = LIVE_READ_MODEL_SCHEMA;
    await queryRunner.query(`DROP TABLE ${s}.lots`);
    await queryRunner.query(lotsTableDdl(s));
    const others = READ_MODEL_TABLES.filter((t) => t.name !== 'lots').map((t) => `${s}.${t.name}`);
    await queryRunner.query(`TRUNCATE ${[...others, `${s}.projection_checkpoints`].join(', ')}`);
  }

  async down(): Promise<void> {
    throw new Error('Read models are rebuilt from the event topic, not migrated down.');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { traceReadModelDdl } from '../projections/trace/trace-read-model.ddl';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';

/**
 * The inspector's read models (genealogy, movements, open flags) in a live schema created before
 * them, filled by replaying the event topic: the checkpoints are cleared, so the projector reads
 * every partition from offset 0 again (ADR 0004). The other read models are kept, not emptied:
 * every projection is idempotent (lot_events by lot and version, lots and master data only move
 * forward by version), so the replay changes nothing in them and they keep serving meanwhile.
 *
 * Numbered before LotJourneyReadModel1763900006000, which truncates every table of
 * READ_MODEL_TABLES: on a database that has not run that one yet, these tables must exist first.
 * TypeORM runs a pending migration with an older timestamp too, so databases past 6000 get this.
 */
export class TraceReadModels1763900005900 implements MigrationInterface {
  name = 'TraceReadModels1763900005900';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = LIVE_READ_MODEL_SCHEMA;
    await queryRunner.query(traceReadModelDdl(s));
    await queryRunner.query(`TRUNCATE ${s}.lot_links, ${s}.transformations, ${s}.lot_movements, ${s}.open_lot_flags, ${s}.projection_checkpoints`);
  }

  async down(): Promise<void> {
    throw new Error('Read models are rebuilt from the event topic, not migrated down.');
  }
}

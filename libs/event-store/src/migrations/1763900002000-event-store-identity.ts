import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who this event store is: a random id made once. The relay stamps it on every Kafka message,
 * so a projector never mixes the log of one store into the read models of another (a database
 * recreated while the old topic was kept, a DATABASE_URL pointed at the wrong server).
 */
export class EventStoreIdentity1763900002000 implements MigrationInterface {
  name = 'EventStoreIdentity1763900002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_store.identity (
        store_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
      );
      INSERT INTO event_store.identity DEFAULT VALUES;
      CREATE TRIGGER identity_is_immutable
        BEFORE UPDATE OR DELETE ON event_store.identity
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE event_store.identity');
  }
}

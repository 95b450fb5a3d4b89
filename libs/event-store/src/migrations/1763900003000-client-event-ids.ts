import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offline capture: a field device names each fact with its own id, and uploads the batch again
 * when it is not sure the first upload arrived. One fact per (actor, client event id, lot): a
 * second upload that races the first fails on this index instead of recording twice.
 */
export class ClientEventIds1763900003000 implements MigrationInterface {
  name = 'ClientEventIds1763900003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNIQUE INDEX events_client_event_id ON event_store.events (actor_id, (metadata->>'clientEventId'), stream_id)
        WHERE metadata ? 'clientEventId';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX event_store.events_client_event_id');
  }
}

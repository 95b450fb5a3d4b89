import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How often each printed code was scanned, per Kyrgyzstan calendar day: a counter per (GTIN, lot,
 * serial, day) and nothing else. No IP address, user agent, language, time of day or cookie is
 * stored, so no row can be tied to a person. Not a read model: it is not derived from the event
 * log, `tamga replay` neither rebuilds nor compares it, and losing it loses only counts. An empty
 * lot or serial means the code named none (`/01/{gtin}`).
 *
 * Also indexes the lots read model by product and creation, for the newest lots on a product's
 * page (`/01/{gtin}`), which would otherwise sort every lot of the product.
 */
export class CreateConsumerScanCounts1763900009100 implements MigrationInterface {
  name = 'CreateConsumerScanCounts1763900009100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA IF NOT EXISTS consumer;

      CREATE TABLE consumer.scan_counts (
        gtin text NOT NULL,
        lot text NOT NULL,
        serial text NOT NULL,
        day date NOT NULL,
        scans bigint NOT NULL CHECK (scans > 0),
        PRIMARY KEY (gtin, lot, serial, day)
      );

      CREATE INDEX IF NOT EXISTS lots_product_created ON read_model.lots (product_id, created_at DESC, lot_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consumer.scan_counts');
    await queryRunner.query('DROP INDEX IF EXISTS read_model.lots_product_created');
  }
}

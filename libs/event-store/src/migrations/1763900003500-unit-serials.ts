import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GS1 identifies a unit by GTIN and serial (the EPCIS identifier https://id.gs1.org/01/{gtin}/21/{serial}
 * carries no lot), so a serial must be unique per product, across all its lots. A lot's own stream
 * cannot see other lots: this table, written in the packing's transaction, can. A serial is never
 * freed, even when its packing is retracted: a label may already carry it.
 */
export class UnitSerials1763900003500 implements MigrationInterface {
  name = 'UnitSerials1763900003500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_store.unit_serials (
        product_id text NOT NULL,
        serial text NOT NULL,
        lot_id text NOT NULL,
        -- The packing that reserved it. No foreign key: a key on the log would answer a TRUNCATE of
        -- the log before its own immutability trigger does.
        event_id uuid NOT NULL,
        CONSTRAINT unit_serials_unique_per_product PRIMARY KEY (product_id, serial)
      );
      CREATE TRIGGER unit_serials_are_immutable
        BEFORE UPDATE OR DELETE ON event_store.unit_serials
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER unit_serials_are_never_truncated
        BEFORE TRUNCATE ON event_store.unit_serials
        FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE event_store.unit_serials');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { exportShipmentIndexDdl } from '../queries/exporter/export-shipment-index.ddl';
import { LIVE_READ_MODEL_SCHEMA } from '../read-model-schema';

/** The index of export events by shipment (see exportShipmentIndexDdl); an index only, so nothing is replayed. */
export class ExportShipmentIndex1763900009300 implements MigrationInterface {
  name = 'ExportShipmentIndex1763900009300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(exportShipmentIndexDdl(LIVE_READ_MODEL_SCHEMA));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ${LIVE_READ_MODEL_SCHEMA}.lot_events_export_shipment`);
  }
}

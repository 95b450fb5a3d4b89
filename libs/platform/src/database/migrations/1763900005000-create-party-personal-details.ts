import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who a party is as a person (name, phone, address): the one mutable, erasable table of master
 * data. Events refer to a party by id only, so erasing a person is deleting their row here while
 * the immutable log stays whole and verifiable. Nothing copies these rows elsewhere (no history
 * table, no trigger, no idempotency response holds them), so a DELETE leaves no readable copy.
 */
export class CreatePartyPersonalDetails1763900005000 implements MigrationInterface {
  name = 'CreatePartyPersonalDetails1763900005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA IF NOT EXISTS master_data;

      CREATE TABLE master_data.party_personal_details (
        party_id text PRIMARY KEY,
        person_name text NOT NULL CHECK (person_name <> ''),
        phone text,
        address text,
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE master_data.party_personal_details');
  }
}

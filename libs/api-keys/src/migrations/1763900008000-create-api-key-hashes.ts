import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where API key secrets are verified: one row per issued key with the SHA-256 of its secret (never
 * the secret), NULL once revoked. Its own schema, so a role that may read the event log need not
 * read this (docs/adr/0008). Not a read model: `tamga replay` neither rebuilds nor compares it.
 */
export class CreateApiKeyHashes1763900008000 implements MigrationInterface {
  name = 'CreateApiKeyHashes1763900008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA IF NOT EXISTS access;
      CREATE TABLE access.api_key_hashes (
        key_id text PRIMARY KEY,
        -- Also in the api-key.issued event; here to list a party's keys without scanning the log.
        party_id text NOT NULL,
        secret_sha256 bytea CHECK (octet_length(secret_sha256) = 32)
      );
      CREATE INDEX api_key_hashes_by_party ON access.api_key_hashes (party_id, key_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA access CASCADE');
  }
}

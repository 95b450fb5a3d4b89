import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Merkle log of ADR 0016: every event is a leaf, in commit order; every perfect aligned
 * subtree's hash is stored, so a root or a proof costs one query; checkpoints are a read model of
 * the `log.checkpoint-signed` events, written in the same transaction as the event. Like the event
 * store, leaves and nodes are immutable: a log that could be rewritten would prove nothing.
 */
export class MerkleLog1763900007500 implements MigrationInterface {
  name = 'MerkleLog1763900007500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA IF NOT EXISTS integrity;

      CREATE TABLE integrity.log_leaves (
        leaf_index bigint PRIMARY KEY CHECK (leaf_index >= 0),
        -- Where the leaf sits in the relay's commit order, so any reader of the feed finds the log's end.
        transaction_id xid8 NOT NULL,
        global_position bigint NOT NULL UNIQUE,
        event_id uuid NOT NULL UNIQUE,
        record_hash bytea NOT NULL CHECK (length(record_hash) = 32)
      );

      -- Level 0 holds leaf hashes; (level, index) covers leaves [index * 2^level, (index + 1) * 2^level).
      CREATE TABLE integrity.log_nodes (
        level smallint NOT NULL CHECK (level >= 0 AND level < 64),
        index bigint NOT NULL CHECK (index >= 0),
        hash bytea NOT NULL CHECK (length(hash) = 32),
        PRIMARY KEY (level, index)
      );

      CREATE TABLE integrity.checkpoints (
        tree_size bigint PRIMARY KEY CHECK (tree_size > 0),
        root_hash bytea NOT NULL CHECK (length(root_hash) = 32),
        timestamp text NOT NULL,
        key_id text NOT NULL,
        signature text NOT NULL,
        -- The log.checkpoint-signed event that recorded it.
        event_id uuid NOT NULL UNIQUE
      );

      CREATE TRIGGER log_leaves_are_immutable BEFORE UPDATE OR DELETE ON integrity.log_leaves
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER log_leaves_are_never_truncated BEFORE TRUNCATE ON integrity.log_leaves
        FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER log_nodes_are_immutable BEFORE UPDATE OR DELETE ON integrity.log_nodes
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER log_nodes_are_never_truncated BEFORE TRUNCATE ON integrity.log_nodes
        FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
      CREATE TRIGGER checkpoints_are_immutable BEFORE UPDATE OR DELETE ON integrity.checkpoints
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE integrity.checkpoints, integrity.log_nodes, integrity.log_leaves');
  }
}

import { PoolClient } from 'pg';

/**
 * Stores the perfect subtree hashes that `recordHashes`, appended as leaves after the first
 * `size` leaves, complete (level 0: the leaf hashes).
 */
export async function appendLogNodes(client: PoolClient, size: number, recordHashes: readonly Uint8Array[]): Promise<void> {
  // Filled in with libs/integrity's incremental appender once it lands.
  void client;
  void size;
  void recordHashes;
}

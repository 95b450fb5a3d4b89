import { Pool, PoolClient } from 'pg';
import { READ_MODEL_TABLES, assertSchemaName } from './read-model-schema';

/** The fingerprint of one read-model table: its row count and an md5 over its rows in key order. */
export interface TableChecksum {
  readonly table: string;
  readonly rows: number;
  readonly md5: string;
}

/** Fingerprints every read-model table in `schema`, to compare a replay with the live tables. */
export async function tableChecksums(db: Pool | PoolClient, schema: string): Promise<TableChecksum[]> {
  const s = assertSchemaName(schema);
  const result: TableChecksum[] = [];
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await db.query<{ rows: string; md5: string | null }>(
      `SELECT count(*)::text AS rows, md5(string_agg(t::text, E'\\n' ORDER BY ${table.orderBy})) AS md5
         FROM ${s}.${table.name} AS t`,
    );
    result.push({ table: table.name, rows: Number(rows[0].rows), md5: rows[0].md5 ?? md5OfNothing });
  }
  return result;
}

const md5OfNothing = 'd41d8cd98f00b204e9800998ecf8427e';

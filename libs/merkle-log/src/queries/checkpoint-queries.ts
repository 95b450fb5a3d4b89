import { Queryable } from '../stored-log-nodes';
import { CHECKPOINT_COLUMNS, CheckpointRow, CheckpointView, toCheckpointView } from './checkpoint-view';

/** The latest signed checkpoint, or null before the first. */
export async function findLatestCheckpoint(db: Queryable): Promise<CheckpointView | null> {
  const { rows } = await db.query<CheckpointRow>(`SELECT ${CHECKPOINT_COLUMNS} FROM integrity.checkpoints AS c ORDER BY c.tree_size DESC LIMIT 1`);
  return rows.length === 0 ? null : toCheckpointView(rows[0]);
}

/** The checkpoint of exactly this tree size, or null if none was signed at that size. */
export async function findCheckpoint(db: Queryable, treeSize: number): Promise<CheckpointView | null> {
  const { rows } = await db.query<CheckpointRow>(`SELECT ${CHECKPOINT_COLUMNS} FROM integrity.checkpoints AS c WHERE c.tree_size = $1`, [treeSize]);
  return rows.length === 0 ? null : toCheckpointView(rows[0]);
}

/** A page of checkpoints in tree-size order, those after `after` (a tree size); `next` is the last size when more may follow. */
export async function listCheckpoints(db: Queryable, page: { readonly after: number; readonly limit: number }): Promise<{ items: CheckpointView[]; next: number | null }> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM integrity.checkpoints AS c WHERE c.tree_size > $1 ORDER BY c.tree_size LIMIT $2`,
    [page.after, page.limit + 1],
  );
  const items = rows.slice(0, page.limit).map(toCheckpointView);
  return { items, next: rows.length > page.limit ? items[items.length - 1].treeSize : null };
}

import { DomainError } from '#tamga/domain';

/** The 404 of a tree size no checkpoint was signed at; names the parameter. */
export function noCheckpointAt(field: string, treeSize: number): DomainError {
  return new DomainError('LOG.CHECKPOINT_NOT_FOUND', 'not-found', `No checkpoint was signed at tree size ${treeSize}`, [
    { field, rule: 'checkpointed-size', message: 'must be the tree size of a signed checkpoint (see GET /log/checkpoints)' },
  ]);
}

import { checkpointProblem, keyValidAt } from '#tamga/integrity';
import { BundleCheckpoint, BundleKey } from '../format/proof-bundle';
import { Failures } from './failures';

/** The checkpoint is the Tamga log's, well formed, and signed by a service key of the bundle that was valid when it was made. */
export async function checkCheckpoint(checkpoint: BundleCheckpoint, keys: ReadonlyMap<string, BundleKey>, failures: Failures): Promise<boolean> {
  const subject = `checkpoint of tree size ${checkpoint.treeSize}`;
  const key = keys.get(checkpoint.keyId);
  if (!key || key.kind !== 'service') {
    failures.add('checkpoint', subject, `signed by key ${checkpoint.keyId}, which is not a service key the bundle proves`);
    return false;
  }
  if (!keyValidAt(key, checkpoint.timestamp)) {
    failures.add('checkpoint', subject, `service key ${key.keyId} was not valid at ${checkpoint.timestamp}`);
    return false;
  }
  const problem = await checkpointProblem({ ...checkpoint, log: checkpoint.log as 'tamga' }, key.publicKey);
  if (problem !== null) failures.add('checkpoint', subject, `${problem} (service key ${key.keyId})`);
  return problem === null;
}

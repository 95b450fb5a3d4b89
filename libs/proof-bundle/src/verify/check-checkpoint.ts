import { fromBase64Url } from '#tamga/integrity';
import { checkpointPayload } from '../format/checkpoint-payload';
import { BundleCheckpoint, BundleKey } from '../format/proof-bundle';
import { keyValidAt } from './check-keys';
import { Failures } from './failures';
import { VerifierCrypto } from './verifier-crypto';

/** The checkpoint is the Tamga log's, signed by a service key of the bundle that was valid when it was made. */
export async function checkCheckpoint(checkpoint: BundleCheckpoint, keys: ReadonlyMap<string, BundleKey>, crypto: VerifierCrypto, failures: Failures): Promise<boolean> {
  const subject = `checkpoint of tree size ${checkpoint.treeSize}`;
  const key = keys.get(checkpoint.keyId);
  if (checkpoint.log !== 'tamga') failures.add('checkpoint', subject, `is of log "${checkpoint.log}", not "tamga"`);
  else if (!key || key.kind !== 'service') failures.add('checkpoint', subject, `signed by key ${checkpoint.keyId}, which is not a service key the bundle proves`);
  else if (!keyValidAt(key, checkpoint.timestamp)) failures.add('checkpoint', subject, `key ${key.keyId} was not valid at ${checkpoint.timestamp}`);
  else if (!(await crypto.verifyEd25519(fromBase64Url(key.publicKey), checkpointPayload(checkpoint), fromBase64Url(checkpoint.signature)))) {
    failures.add('checkpoint', subject, `its signature does not verify with service key ${key.keyId}`);
  } else return true;
  return false;
}

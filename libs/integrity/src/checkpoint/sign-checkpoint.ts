import { utf8 } from '../encoding/utf8';
import { sign, type SigningKey } from '../keys/ed25519-signing';
import { LOG_NAME, type Checkpoint, type CheckpointBody } from './checkpoint';
import { checkpointText } from './checkpoint-text';

/** Signs a tree head with the service key (node only: the verifier never signs). */
export function signCheckpoint(key: SigningKey, body: CheckpointBody): Checkpoint {
  const signature = sign(key, utf8(checkpointText(body)));
  return { log: LOG_NAME, treeSize: body.treeSize, rootHash: body.rootHash, timestamp: body.timestamp, keyId: key.keyId, signature };
}

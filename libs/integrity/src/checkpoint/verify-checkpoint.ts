import { utf8 } from '../encoding/utf8';
import { keyIdOf } from '../keys/key-id';
import { verifySignature } from '../keys/ed25519-verification';
import { LOG_NAME, type Checkpoint } from './checkpoint';
import { checkpointBodyProblem, checkpointText } from './checkpoint-text';

/** Why a checkpoint fails against a public key, or null if it is Tamga's, well formed and signed by that key. */
export async function checkpointProblem(checkpoint: Checkpoint, publicKey: string): Promise<string | null> {
  if (checkpoint.log !== LOG_NAME) return `log must be "${LOG_NAME}"`;
  const problem = checkpointBodyProblem(checkpoint);
  if (problem !== null) return problem;
  let keyId: string;
  try {
    keyId = keyIdOf(publicKey);
  } catch {
    return 'the public key is not a base64url Ed25519 key';
  }
  if (checkpoint.keyId !== keyId) return `keyId ${checkpoint.keyId} is not the id of this public key (${keyId})`;
  const valid = await verifySignature(publicKey, utf8(checkpointText(checkpoint)), checkpoint.signature);
  return valid ? null : 'the signature does not verify';
}

/** Whether a checkpoint is Tamga's, well formed and signed by the key with this base64url public key. */
export async function verifyCheckpoint(checkpoint: Checkpoint, publicKey: string): Promise<boolean> {
  return (await checkpointProblem(checkpoint, publicKey)) === null;
}

import { utf8 } from '#tamga/integrity';
import { BundleCheckpoint } from './proof-bundle';

/** The text a checkpoint's signature is over (ADR 0016): `tamga\n<treeSize>\n<rootHash hex>\n<timestamp>\n`. */
export function checkpointPayload(checkpoint: Pick<BundleCheckpoint, 'log' | 'treeSize' | 'rootHash' | 'timestamp'>): Uint8Array {
  return utf8(`${checkpoint.log}\n${checkpoint.treeSize}\n${checkpoint.rootHash}\n${checkpoint.timestamp}\n`);
}

import { fromHex } from '#tamga/integrity';
import { BundleCheckpoint, BundleInclusionProof } from '../format/proof-bundle';
import { Failures, recordSubject } from './failures';
import { RecomputedRecord } from './recompute-records';

/** RFC 9162 inclusion verification: does this leaf's record hash sit at leafIndex in the tree of treeSize with rootHash? */
export type InclusionVerifier = (input: { leafIndex: number; treeSize: number; recordHash: Uint8Array; path: readonly Uint8Array[]; rootHash: Uint8Array }) => boolean;

/**
 * Every record needs an inclusion proof, for its own leaf, that its recomputed record hash is in the
 * checkpoint's tree: a changed field, a changed proof or a changed root fails here. Returns how many
 * proofs verified.
 */
export function checkProofs(records: readonly RecomputedRecord[], proofs: readonly BundleInclusionProof[], checkpoint: BundleCheckpoint, verifyInclusion: InclusionVerifier, failures: Failures): number {
  const byEventId = new Map(proofs.map((p) => [p.eventId, p]));
  let verified = 0;
  for (const { record, recordHash } of records) {
    const subject = recordSubject(record);
    const proof = byEventId.get(record.eventId);
    if (!proof) {
      failures.add('proof', subject, 'has no inclusion proof');
      continue;
    }
    if (proof.leafIndex !== record.leafIndex || proof.leafIndex >= checkpoint.treeSize) {
      failures.add('proof', `proof of ${subject}`, `is for leaf ${proof.leafIndex}, the record is leaf ${record.leafIndex} of a tree of ${checkpoint.treeSize}`);
      continue;
    }
    let ok = false;
    try {
      ok = verifyInclusion({ leafIndex: proof.leafIndex, treeSize: checkpoint.treeSize, recordHash: fromHex(recordHash), path: proof.path.map(fromHex), rootHash: fromHex(checkpoint.rootHash) });
    } catch {
      ok = false;
    }
    if (ok) verified++;
    else failures.add('proof', `proof of ${subject}`, `does not prove leaf ${proof.leafIndex} in the checkpoint's tree (size ${checkpoint.treeSize}, root ${checkpoint.rootHash})`);
  }
  return verified;
}

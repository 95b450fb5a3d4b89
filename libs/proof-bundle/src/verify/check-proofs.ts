import { fromHex, leafHash, verifyInclusion } from '#tamga/integrity';
import { BundleCheckpoint, BundleInclusionProof } from '../format/proof-bundle';
import { Failures, recordSubject } from './failures';
import { RecomputedRecord } from './recompute-records';

/**
 * Every record needs an inclusion proof (RFC 9162, leaf hash H(0x00 ‖ record hash), ADR 0016), for its own leaf, that its recomputed record hash is in the
 * checkpoint's tree: a changed field, a changed proof or a changed root fails here. Returns how many
 * proofs verified.
 */
export function checkProofs(records: readonly RecomputedRecord[], proofs: readonly BundleInclusionProof[], checkpoint: BundleCheckpoint, failures: Failures): number {
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
      ok = verifyInclusion(proof.leafIndex, checkpoint.treeSize, leafHash(fromHex(recordHash)), proof.path.map(fromHex), fromHex(checkpoint.rootHash));
    } catch {
      ok = false;
    }
    if (ok) verified++;
    else failures.add('proof', `proof of ${subject}`, `does not prove leaf ${proof.leafIndex} in the checkpoint's tree (size ${checkpoint.treeSize}, root ${checkpoint.rootHash})`);
  }
  return verified;
}

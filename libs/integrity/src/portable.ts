/**
 * What the offline verifier needs, for a browser bundle: everything here is plain TypeScript except
 * two files, which the bundler must alias (esbuild: an onResolve plugin or `alias` on the resolved path):
 *   ./digest/sha256                 → ./digest/sha256.portable
 *   ./keys/ed25519-verification     → ./keys/ed25519-verification.webcrypto
 * Signing (keys, checkpoints) is node-only and deliberately absent. portable.spec.ts checks all this.
 */
export { canonicalJson, canonicalJsonBytes, CanonicalJsonError } from './canonical-json';
export { sha256 } from './digest/sha256';
export { hashCanonicalJson } from './digest/hash-canonical-json';
export { toHex, fromHex } from './encoding/hex';
export { toBase64Url, fromBase64Url } from './encoding/base64url';
export { utf8 } from './encoding/utf8';
export type { Seal, EventSignature, SignatureBy, Commitments } from './seal/seal';
export { commit, commitments, CommitmentError } from './seal/commitments';
export { recordHash, sealedRecordOf, type SealedRecord, type SealableEvent } from './seal/record-hash';
export { signingPayload, signingPayloadObject, dataDigest, EVENT_SIGNATURE_VERSION, type SigningInput, type SigningSubject } from './seal/signing-payload';
export { keyIdOf, rawEd25519PublicKey, KEY_ID_HEX_LENGTH } from './keys/key-id';
export { verifySignature } from './keys/ed25519-verification';
export { keyValidAt, type KeyValidity } from './keys/key-validity';
export { leafHash, nodeHash, sameHash, EMPTY_TREE_ROOT, HASH_BYTES } from './merkle/merkle-hashes';
export { merkleTreeHash, inclusionProof, consistencyProof } from './merkle/in-memory-tree';
export { verifyInclusion, rootFromInclusionProof } from './merkle/verify-inclusion';
export { verifyConsistency } from './merkle/verify-consistency';
export { LOG_NAME, type Checkpoint, type CheckpointBody } from './checkpoint/checkpoint';
export { checkpointText, checkpointBodyProblem, CheckpointFormatError } from './checkpoint/checkpoint-text';
export { verifyCheckpoint, checkpointProblem } from './checkpoint/verify-checkpoint';

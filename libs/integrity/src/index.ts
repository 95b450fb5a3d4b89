export { canonicalJson, canonicalJsonBytes, CanonicalJsonError } from './canonical-json';
export { sha256 } from './digest/sha256';
export { hashCanonicalJson } from './digest/hash-canonical-json';
export { toHex, fromHex } from './encoding/hex';
export { toBase64Url, fromBase64Url } from './encoding/base64url';
export { utf8 } from './encoding/utf8';
export type { Seal, EventSignature, SignatureBy, Commitments } from './seal/seal';
export { newSalts, SALT_BYTES } from './seal/salts';
export { commit, commitments, CommitmentError } from './seal/commitments';
export { recordHash, sealedRecordOf, type SealedRecord, type SealableEvent } from './seal/record-hash';
export {
  signingPayload,
  signingPayloadObject,
  dataDigest,
  EVENT_SIGNATURE_VERSION,
  type SigningInput,
  type SigningSubject,
} from './seal/signing-payload';
export { keyIdOf, rawEd25519PublicKey, KEY_ID_HEX_LENGTH } from './keys/key-id';
export { generateSigningKey, signingKeyOf, sign, type SigningKey, type SigningKeyPair } from './keys/ed25519-signing';
export { verifySignature, verifySignatureSync } from './keys/ed25519-verification';
export { leafHash, nodeHash, sameHash, EMPTY_TREE_ROOT, HASH_BYTES } from './merkle/merkle-hashes';
export { inclusionRanges, consistencyRanges, type LeafRange } from './merkle/tree-ranges';
export {
  nodesForRoot,
  nodesForInclusion,
  nodesForConsistency,
  rootFromNodes,
  inclusionProofFromNodes,
  consistencyProofFromNodes,
  nodeLookupOf,
  perfectNodesOf,
  MissingNodeError,
  type NodeId,
  type StoredNode,
  type NodeLookup,
} from './merkle/stored-nodes';
export { appendToFrontier, frontierRoot, frontierOf, EMPTY_FRONTIER, type Frontier, type FrontierAppend } from './merkle/frontier';
export { merkleTreeHash, inclusionProof, consistencyProof } from './merkle/in-memory-tree';
export { verifyInclusion, rootFromInclusionProof } from './merkle/verify-inclusion';
export { verifyConsistency } from './merkle/verify-consistency';
export { keyValidAt, type KeyValidity } from './keys/key-validity';
export { LOG_NAME, type Checkpoint, type CheckpointBody } from './checkpoint/checkpoint';
export { checkpointText, checkpointBodyProblem, CheckpointFormatError } from './checkpoint/checkpoint-text';
export { signCheckpoint } from './checkpoint/sign-checkpoint';
export { verifyCheckpoint, checkpointProblem } from './checkpoint/verify-checkpoint';

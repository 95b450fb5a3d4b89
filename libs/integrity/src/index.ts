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

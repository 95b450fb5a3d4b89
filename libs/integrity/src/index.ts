export { canonicalJson, canonicalJsonBytes, CanonicalJsonError } from './canonical-json';
export { sha256 } from './digest/sha256';
export { hashCanonicalJson } from './digest/hash-canonical-json';
export { toHex, fromHex } from './encoding/hex';
export { toBase64Url, fromBase64Url } from './encoding/base64url';
export { utf8 } from './encoding/utf8';

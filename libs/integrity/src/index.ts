export { canonicalJson, canonicalJsonBytes, CanonicalJsonError } from './canonical-json';

import { sha256, toHex, utf8 } from '#tamga/integrity';
// The pre-hash alone, not the epcis barrel: the barrel also holds the GS1 schema validator (ajv, node:fs)
// and node:crypto's hash, which the browser build of the verifier can neither carry nor run.
import { eventHashPrehash } from '../../../epcis/src/prehash';

/** The CBV 2.0 event hash (`ni:///sha-256;…?ver=CBV2.0`) of one EPCIS event, with the integrity lib's SHA-256 (portable in a browser). */
export function cbvEventHashOf(event: object, context: unknown): string {
  return `ni:///sha-256;${toHex(sha256(utf8(eventHashPrehash(event, context as never))))}?ver=CBV2.0`;
}

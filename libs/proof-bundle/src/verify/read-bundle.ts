import { BUNDLE_SECTION_NAMES, PROOF_BUNDLE_FORMAT, ProofBundle } from '../format/proof-bundle';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const RECORD_FIELDS: Record<string, string> = {
  eventId: 'string', type: 'string', schemaVersion: 'number', streamId: 'string', streamVersion: 'number', occurredAt: 'string',
  recordedAt: 'string', metadata: 'object', fields: 'object', epcisHashes: 'object', previous: 'object', signature: 'object', recordHash: 'string', leafIndex: 'number',
};

/**
 * The parsed JSON as a bundle, or what makes it none: the format tag, every section and the
 * manifest must be there, and every record, proof and key must have its fields with the right
 * JSON types, so the checks after this one never trip over a missing part and blame another.
 */
export function readBundle(json: unknown): ProofBundle | string {
  if (!isObject(json)) return 'the file is not a JSON object';
  if (json.format !== PROOF_BUNDLE_FORMAT) return `the format is ${JSON.stringify(json.format)}, not ${PROOF_BUNDLE_FORMAT}`;
  for (const name of [...BUNDLE_SECTION_NAMES, 'manifest'] as const) if (!(name in json)) return `the ${name} section is missing`;
  const manifest = json.manifest;
  if (!isObject(manifest) || !isObject(manifest.sections) || !isObject(manifest.signature) || !isObject(manifest.subject) || typeof manifest.subject.shipmentId !== 'string') {
    return 'the manifest has no subject, sections or signature';
  }
  for (const section of ['events', 'masterData'] as const) {
    if (!Array.isArray(json[section])) return `the ${section} section is not a list`;
    for (const [i, record] of (json[section] as unknown[]).entries()) {
      if (!isObject(record)) return `${section}[${i}] is not an object`;
      for (const [field, type] of Object.entries(RECORD_FIELDS)) {
        if (typeof record[field] !== type || record[field] === null) return `${section}[${i}] (${String(record.eventId)}) has no ${field} (${type})`;
      }
      for (const [key, field] of Object.entries(record.fields as object)) if (!isObject(field)) return `${section}[${i}] (${String(record.eventId)}) field ${key} is not an object`;
    }
  }
  if (!Array.isArray(json.proofs) || !json.proofs.every((p) => isObject(p) && typeof p.eventId === 'string' && typeof p.leafIndex === 'number' && Array.isArray(p.path) && p.path.every((h) => typeof h === 'string'))) {
    return 'the proofs section is not a list of { eventId, leafIndex, path }';
  }
  if (!Array.isArray(json.keys) || !json.keys.every((k) => isObject(k) && typeof k.keyId === 'string' && typeof k.publicKey === 'string' && typeof k.registeredAt === 'string')) {
    return 'the keys section is not a list of { keyId, publicKey, registeredAt, … }';
  }
  const checkpoint = json.checkpoint;
  if (!isObject(checkpoint) || typeof checkpoint.treeSize !== 'number' || typeof checkpoint.rootHash !== 'string' || typeof checkpoint.signature !== 'string') {
    return 'the checkpoint has no treeSize, rootHash or signature';
  }
  return json as unknown as ProofBundle;
}

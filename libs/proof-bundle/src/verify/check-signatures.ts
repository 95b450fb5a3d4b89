import { dataDigest, keyValidAt, signingPayload, verifySignature } from '#tamga/integrity';
import { BundleKey } from '../format/proof-bundle';
import { Failures, recordSubject } from './failures';
import { RecomputedRecord } from './recompute-records';

/**
 * Every record's signature (ADR 0016): by a key of the bundle valid at the record's recordedAt, a
 * server signature by a service key and a device signature by a key of the recording party, over
 * the record's EPCIS hashes or, without any, its data digest. Returns how many were verified.
 */
export async function checkSignatures(records: readonly RecomputedRecord[], keys: ReadonlyMap<string, BundleKey>, failures: Failures): Promise<number> {
  let verified = 0;
  for (const { record, commitments } of records) {
    const subject = recordSubject(record);
    const { signature } = record;
    const key = keys.get(signature.keyId);
    if (!key) {
      failures.add('signature', subject, `signed by key ${signature.keyId}, which the bundle does not prove`);
      continue;
    }
    if (signature.by === 'server' ? key.kind !== 'service' : key.kind === 'service' || key.partyId !== record.actorId) {
      failures.add('signature', subject, `a ${signature.by} signature by key ${key.keyId}, which is a ${key.kind} key${key.partyId ? ` of ${key.partyId}` : ''}`);
      continue;
    }
    if (!keyValidAt(key, record.recordedAt)) {
      failures.add('signature', subject, `key ${key.keyId} was not valid at ${record.recordedAt} (registered ${key.registeredAt}${key.revokedAt ? `, revoked ${key.revokedAt}` : ''})`);
      continue;
    }
    const subjectOfSignature = { type: record.type, streamIds: Object.keys(record.previous), occurredAt: record.occurredAt, actorId: record.actorId };
    const payload = signingPayload(record.epcisHashes.length > 0 ? { ...subjectOfSignature, epcisHashes: record.epcisHashes } : { ...subjectOfSignature, dataDigest: dataDigest(commitments) });
    if (await verifySignature(key.publicKey, payload, signature.value)) verified++;
    else failures.add('signature', subject, `its signature does not verify with key ${key.keyId}`);
  }
  return verified;
}

import { commit, recordHash, toHex } from '#tamga/integrity';
import { BundleRecord } from '../format/proof-bundle';
import { Failures, recordSubject } from './failures';

/** A record with what the verifier recomputed from it. */
export interface RecomputedRecord {
  readonly record: BundleRecord;
  /** Field commitments from shown values and salts, or the withheld commitments as given. */
  readonly commitments: Readonly<Record<string, string>>;
  /** The record hash recomputed from the record's fields: the leaf the proof is checked for. */
  readonly recordHash: string;
  /** The shown data fields (withheld ones absent). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly withheldFields: readonly string[];
}

/**
 * Recomputes every record's hash from its envelope, its shown values with their salts and its
 * withheld commitments (ADR 0016), and names each record whose hash differs from the one it claims
 * the log holds. A record too malformed to hash is named too and left out of the later checks.
 */
export function recomputeRecords(records: readonly BundleRecord[], failures: Failures): RecomputedRecord[] {
  const recomputed: RecomputedRecord[] = [];
  for (const record of records) {
    try {
      const commitments: Record<string, string> = {};
      const data: Record<string, unknown> = {};
      const withheldFields: string[] = [];
      for (const [key, field] of Object.entries(record.fields)) {
        if ('commitment' in field) {
          if (typeof field.commitment !== 'string') throw new Error(`field ${key} has a commitment that is not a string`);
          commitments[key] = field.commitment;
          withheldFields.push(key);
        } else {
          if (typeof field.salt !== 'string') throw new Error(`field ${key} has no salt`);
          commitments[key] = commit(field.salt, field.value);
          data[key] = field.value;
        }
      }
      const hash = toHex(recordHash({ ...record, metadata: record.metadata, data: commitments }));
      if (hash !== record.recordHash) failures.add('event', recordSubject(record), `its record hash recomputes to ${hash}, not the ${record.recordHash} it claims the log holds`);
      recomputed.push({ record, commitments, recordHash: hash, data, withheldFields });
    } catch (error) {
      failures.add('event', recordSubject(record), `cannot be hashed: ${(error as Error).message}`);
    }
  }
  return recomputed;
}

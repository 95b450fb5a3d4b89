import { Failures, recordSubject } from './failures';
import { RecomputedRecord } from './recompute-records';

/**
 * The per-stream hash chain (ADR 0016) wherever two consecutive events of a stream are both in the
 * bundle: the later one's `previous` for its stream is the earlier one's recomputed record hash,
 * and a stream's first event points at nothing. Returns how many links were checked.
 */
export function checkChains(records: readonly RecomputedRecord[], failures: Failures): number {
  const byPosition = new Map(records.map((r) => [`${r.record.streamId}\u0000${r.record.streamVersion}`, r]));
  let links = 0;
  for (const { record } of records) {
    const previous = record.previous[record.streamId];
    if (previous === undefined) {
      failures.add('chain', recordSubject(record), 'its seal names no previous event for its own stream');
      continue;
    }
    if (record.streamVersion === 1) {
      links++;
      if (previous !== null) failures.add('chain', recordSubject(record), `the first event of its stream points at a previous event ${previous}`);
      continue;
    }
    const before = byPosition.get(`${record.streamId}\u0000${record.streamVersion - 1}`);
    if (!before) continue;
    links++;
    if (previous !== before.recordHash) failures.add('chain', recordSubject(record), `points at ${previous} as its previous event, but v${record.streamVersion - 1} hashes to ${before.recordHash}`);
  }
  checkContiguity(records.filter((r) => !r.record.streamId.includes('/')), failures);
  return links;
}

/**
 * A lot's events in a bundle are all of its events up to the checkpoint (the trace reads every
 * event of each lot it reaches), so its versions run 1, 2, 3… without a gap: a bundle that drops a
 * lot event (a revocation, a hold) is named even where no chain link would notice it.
 */
function checkContiguity(lotRecords: readonly RecomputedRecord[], failures: Failures): void {
  const versions = new Map<string, number[]>();
  for (const { record } of lotRecords) versions.set(record.streamId, [...(versions.get(record.streamId) ?? []), record.streamVersion]);
  for (const [streamId, list] of versions) {
    const present = new Set(list);
    const last = Math.max(...list);
    const missing: number[] = [];
    for (let v = 1; v <= last && missing.length < 5; v++) if (!present.has(v)) missing.push(v);
    if (missing.length > 0) failures.add('chain', `lot ${streamId}`, `its events v${missing.join(', v')} are missing from the bundle (it holds versions up to v${last})`);
  }
}

import { recordHash, sealedRecordOf, toHex } from '#tamga/integrity';
import { unsealedRecordHash } from '#tamga/merkle-log';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';

/** Each leaf's record hash as recomputed from the message (the tree is rebuilt from these), and what did not hold. */
export interface RecordCheck {
  readonly recordHashes: ReadonlyMap<number, Uint8Array>;
  readonly findings: readonly LogFinding[];
  readonly streams: number;
}

/**
 * Recomputes every event's record hash from the message itself (ADR 0016) and walks each stream's
 * chain in log order: versions 1, 2, 3… without a gap, each seal's `previous` naming the record
 * hash of the stream's event before it (null for the first, or after an event without a seal).
 * `missingVersions` are stream versions already reported missing, so a gap is named once.
 */
export function checkSealedRecords(leaves: readonly LeafMessage[], missingVersions: ReadonlySet<string>): RecordCheck {
  const findings: LogFinding[] = [];
  const recordHashes = new Map<number, Uint8Array>();
  const streams = new Map<string, { version: number; hash: string | null }>();
  for (const { leafIndex, envelope } of leaves) {
    const name = eventName(envelope, leafIndex);
    const { seal } = envelope;
    if (!seal || !envelope.recordHash) {
      findings.push({ kind: 'unsealed', subject: name, detail: 'has no seal or record hash: nothing binds its content' });
      recordHashes.set(leafIndex, unsealedRecordHash(envelope));
    } else {
      let recomputed: Uint8Array | null = null;
      try {
        recomputed = recordHash(sealedRecordOf(envelope, seal));
      } catch (error) {
        findings.push({ kind: 'changed', subject: name, detail: `its data cannot be committed to as sealed (${error instanceof Error ? error.message : String(error)})` });
      }
      if (recomputed && toHex(recomputed) !== envelope.recordHash) {
        findings.push({ kind: 'changed', subject: name, detail: `its content on the topic does not recompute to its record hash ${envelope.recordHash}` });
      }
      recordHashes.set(leafIndex, recomputed ?? new Uint8Array(32));
    }
    const before = streams.get(envelope.streamId) ?? { version: 0, hash: null };
    if (envelope.streamVersion <= before.version) {
      findings.push({ kind: 'reordered', subject: name, detail: `comes after version ${before.version} of its stream in the log` });
      continue;
    }
    const gap = envelope.streamVersion > before.version + 1;
    if (gap) {
      const unreported = range(before.version + 1, envelope.streamVersion).filter((v) => !missingVersions.has(`${envelope.streamId}#${v}`));
      if (unreported.length > 0) {
        findings.push({ kind: 'missing', subject: name, detail: `follows version ${before.version} of its stream: version(s) ${unreported.join(', ')} are not on the topic` });
      }
    } else if (seal) {
      const claimed = seal.previous?.[envelope.streamId];
      const expected = envelope.streamVersion === 1 ? null : before.hash;
      if ((claimed ?? null) !== expected) {
        findings.push({
          kind: 'broken-chain',
          subject: name,
          detail: `its seal names ${claimed ?? 'null'} as the previous record hash of ${envelope.streamId}, but version ${before.version}'s is ${expected ?? 'null'}`,
        });
      }
    }
    streams.set(envelope.streamId, { version: envelope.streamVersion, hash: seal ? (envelope.recordHash ?? null) : null });
  }
  return { recordHashes, findings, streams: streams.size };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

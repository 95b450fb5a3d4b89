import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';

/**
 * Walks each stream's chain in log order: versions 1, 2, 3… without a gap, each seal's `previous`
 * naming the record hash of the stream's event before it (null for the first, or after an event
 * without a seal). `missingVersions` ("stream#version") are already reported missing, so a gap is
 * named once. Answers the number of streams and what did not hold.
 */
export function checkChains(leaves: readonly LeafMessage[], missingVersions: ReadonlySet<string>): { streams: number; findings: LogFinding[] } {
  const findings: LogFinding[] = [];
  const streams = new Map<string, { version: number; hash: string | null }>();
  for (const { leafIndex, event } of leaves) {
    const name = eventName(event, leafIndex);
    const before = streams.get(event.streamId) ?? { version: 0, hash: null };
    if (event.streamVersion <= before.version) {
      findings.push({ kind: 'reordered', subject: name, detail: `comes after version ${before.version} of its stream in the log` });
      continue;
    }
    if (event.streamVersion > before.version + 1) {
      const unreported: number[] = [];
      for (let v = before.version + 1; v < event.streamVersion; v++) if (!missingVersions.has(`${event.streamId}#${v}`)) unreported.push(v);
      if (unreported.length > 0) {
        findings.push({ kind: 'missing', subject: name, detail: `follows version ${before.version} of its stream: version(s) ${unreported.join(', ')} are not on the topic` });
      }
    } else if (event.sealed) {
      const expected = event.streamVersion === 1 ? null : before.hash;
      if ((event.previousOwn ?? null) !== expected) {
        findings.push({
          kind: 'broken-chain',
          subject: name,
          detail: `its seal names ${event.previousOwn ?? 'null'} as the previous record hash of ${event.streamId}, but version ${before.version}'s is ${expected ?? 'null'}`,
        });
      }
    }
    streams.set(event.streamId, { version: event.streamVersion, hash: event.recordHash });
  }
  return { streams: streams.size, findings };
}

import { EventEnvelope } from '#tamga/contracts';
import { StoredEvent } from '#tamga/event-store';
import { canonicalJson, recordHash, sealedRecordOf, toHex } from '#tamga/integrity';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';
import { StoredLeaf } from './postgres-log';

// Every field of the public envelope; `data` is compared key by key, so a finding names the key.
const FIELDS = ['type', 'schemaVersion', 'streamId', 'streamVersion', 'globalPosition', 'occurredAt', 'recordedAt', 'actorId', 'metadata', 'seal', 'recordHash'] as const;

/**
 * Leaves the topic lacks: every index below the log's end that no message carries, named from
 * Postgres (integrity.log_leaves and the event row). Returns "stream#version" of each, so the
 * chain walk does not name the same gap again.
 */
export function findMissingLeaves(
  leaves: readonly LeafMessage[],
  stored: ReadonlyMap<number, StoredLeaf>,
  events: ReadonlyMap<string, StoredEvent>,
): { findings: LogFinding[]; missingVersions: Set<string> } {
  const onTopic = new Set(leaves.map((l) => l.leafIndex));
  const end = Math.max(stored.size, leaves.length === 0 ? 0 : leaves[leaves.length - 1].leafIndex + 1);
  const findings: LogFinding[] = [];
  const missingVersions = new Set<string>();
  for (let i = 0; i < end; i++) {
    if (onTopic.has(i)) continue;
    const leaf = stored.get(i);
    const event = leaf ? events.get(leaf.eventId) : undefined;
    if (event) missingVersions.add(`${event.streamId}#${event.streamVersion}`);
    findings.push({
      kind: 'missing',
      subject: event ? eventName(event, i) : leaf ? `event ${leaf.eventId} (leaf ${i})` : `leaf ${i}`,
      detail: leaf ? 'is in the log (integrity.log_leaves) but not on the topic' : 'is on neither the topic nor in integrity.log_leaves',
    });
  }
  return { findings, missingVersions };
}

/** Compares each event on the topic with its Postgres row and leaf, field by field, and each row with its own record hash. */
export function compareWithPostgres(
  leaves: readonly LeafMessage[],
  stored: ReadonlyMap<number, StoredLeaf>,
  events: ReadonlyMap<string, StoredEvent>,
): LogFinding[] {
  const findings: LogFinding[] = [];
  for (const { leafIndex, envelope } of leaves) {
    const name = eventName(envelope, leafIndex);
    const row = events.get(envelope.eventId);
    if (!row) {
      findings.push({ kind: 'missing', subject: name, detail: 'is on the topic but not in Postgres (event_store.events)' });
      continue;
    }
    const differing = differingFields(envelope, row);
    if (differing.length > 0) {
      findings.push({ kind: 'changed', subject: name, detail: `${differing.map((f) => `${f} differs`).join(', ')} between Kafka and Postgres` });
    }
    if (row.seal && row.recordHash) {
      let own: string | null = null;
      try {
        own = toHex(recordHash(sealedRecordOf(row, row.seal)));
      } catch {
        own = null;
      }
      if (own !== row.recordHash) {
        findings.push({ kind: 'changed', subject: name, detail: `its Postgres row no longer recomputes to its record hash${differing.length > 0 ? ` (${differing.join(', ')})` : ''}` });
      }
    }
    const leaf = stored.get(leafIndex);
    if (!leaf || leaf.eventId !== envelope.eventId) {
      findings.push({ kind: 'reordered', subject: name, detail: leaf ? `integrity.log_leaves has event ${leaf.eventId} at leaf ${leafIndex}` : 'integrity.log_leaves has no such leaf' });
    } else if (row.recordHash && leaf.recordHash !== row.recordHash) {
      findings.push({ kind: 'changed', subject: name, detail: `integrity.log_leaves holds record hash ${leaf.recordHash}, the row ${row.recordHash}` });
    }
  }
  return findings;
}

function differingFields(message: EventEnvelope, row: StoredEvent): string[] {
  const fields: string[] = FIELDS.filter((f) => same(message[f], row[f]) === false);
  const [a, b] = [asObject(message.data), asObject(row.data)];
  if (a && b) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) if (!same(a[key], b[key])) fields.push(`data.${key}`);
  } else if (!same(message.data, row.data)) {
    fields.push('data');
  }
  return fields;
}

function same(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a ?? null) === canonicalJson(b ?? null);
  } catch {
    return false;
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

import { EventEnvelope } from '#tamga/contracts';
import { TopicMessage } from '#tamga/messaging';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';

/** The topic's events in leaf order, and what reading them that way found. */
export interface LeafOrder {
  readonly leaves: readonly LeafMessage[];
  readonly findings: readonly LogFinding[];
}

/**
 * Puts every partition's messages in leaf-index order. The relay publishes in leaf order and a
 * partition keeps its order, so within a partition each new event's leaf index must exceed the one
 * before: a smaller one means two messages were swapped. A republished batch (the relay crashed
 * after the ack) repeats the very same events at the same indices, and is skipped.
 */
export function orderTopicByLeaf(partitions: readonly (readonly TopicMessage[])[]): LeafOrder {
  const findings: LogFinding[] = [];
  const byLeaf = new Map<number, LeafMessage>();
  for (const messages of partitions) {
    let highest = -1;
    let highestName = '';
    const seen = new Map<string, number>();
    for (const message of messages) {
      const where = `partition ${message.partition} offset ${message.offset}`;
      const envelope = parse(message.value);
      if (!envelope) {
        findings.push({ kind: 'unreadable', subject: `message at ${where}`, detail: 'its value is not an event envelope' });
        continue;
      }
      const leafIndex = message.leafIndex !== null && /^(0|[1-9][0-9]*)$/.test(message.leafIndex) ? Number(message.leafIndex) : null;
      if (leafIndex === null) {
        findings.push({ kind: 'missing', subject: eventName(envelope, null), detail: `has no ${'tamga-leaf-index'} header (${where}): it is not in the log` });
        continue;
      }
      const name = eventName(envelope, leafIndex);
      const before = seen.get(envelope.eventId);
      if (before === leafIndex) continue; // a republished copy
      if (before !== undefined) {
        findings.push({ kind: 'changed', subject: name, detail: `appears again at ${where} with another leaf index (first ${before})` });
        continue;
      }
      seen.set(envelope.eventId, leafIndex);
      if (leafIndex < highest) {
        findings.push({ kind: 'reordered', subject: name, detail: `comes after ${highestName} in ${where.split(' offset')[0]} (offset ${message.offset}), but the log puts it before` });
      }
      if (leafIndex > highest) {
        highest = leafIndex;
        highestName = name;
      }
      const other = byLeaf.get(leafIndex);
      if (other && other.envelope.eventId !== envelope.eventId) {
        findings.push({ kind: 'changed', subject: name, detail: `claims leaf ${leafIndex}, which ${eventName(other.envelope, leafIndex)} also claims` });
        continue;
      }
      byLeaf.set(leafIndex, { leafIndex, partition: message.partition, offset: message.offset, envelope });
    }
  }
  return { leaves: [...byLeaf.values()].sort((a, b) => a.leafIndex - b.leafIndex), findings };
}

function parse(value: Buffer | null): EventEnvelope | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value.toString('utf8')) as EventEnvelope;
    return typeof parsed?.eventId === 'string' && typeof parsed.streamId === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

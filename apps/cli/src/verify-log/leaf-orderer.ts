import { EventEnvelope } from '#tamga/contracts';
import { TopicMessage } from '#tamga/messaging';
import { LeafMessage } from './leaf-message';
import { LogFinding, eventName } from './log-finding';

/** A message admitted to the log's order: its leaf, where it sits, and the whole event to check. */
export interface AdmittedMessage {
  readonly leafIndex: number;
  readonly partition: number;
  readonly offset: string;
  readonly envelope: EventEnvelope;
}

/**
 * Puts the topic's messages in leaf-index order as they arrive, partition by partition. The relay
 * publishes in leaf order and a partition keeps its order, so within a partition each new event's
 * leaf index must exceed the one before: a smaller one means two messages were swapped. A
 * republished batch (the relay crashed after the ack) repeats the same events at the same
 * indices, and is skipped.
 */
export class LeafOrderer {
  readonly findings: LogFinding[] = [];
  private readonly byLeaf = new Map<number, LeafMessage>();
  // Which event claimed each leaf, set on admission (a batch is kept only after it is checked).
  private readonly claimed = new Map<number, string>();
  private readonly highest = new Map<number, { leafIndex: number; name: string }>();

  /** The message's event if it is a new leaf to check, or null (unreadable, unindexed, a republished copy, a clash). */
  admit(message: TopicMessage): AdmittedMessage | null {
    const where = `partition ${message.partition} offset ${message.offset}`;
    const envelope = parse(message.value);
    if (!envelope) {
      this.findings.push({ kind: 'unreadable', subject: `message at ${where}`, detail: 'its value is not an event envelope' });
      return null;
    }
    const leafIndex = message.leafIndex !== null && /^(0|[1-9][0-9]*)$/.test(message.leafIndex) ? Number(message.leafIndex) : null;
    if (leafIndex === null) {
      this.findings.push({ kind: 'missing', subject: eventName(envelope, null), detail: `has no tamga-leaf-index header (${where}): it is not in the log` });
      return null;
    }
    const name = eventName(envelope, leafIndex);
    const other = this.claimed.get(leafIndex);
    if (other === envelope.eventId) return null; // a republished copy
    if (other) {
      this.findings.push({ kind: 'changed', subject: name, detail: `claims leaf ${leafIndex} (${where}), which event ${other} also claims` });
      return null;
    }
    this.claimed.set(leafIndex, envelope.eventId);
    const highest = this.highest.get(message.partition);
    if (highest && leafIndex < highest.leafIndex) {
      this.findings.push({ kind: 'reordered', subject: name, detail: `comes after ${highest.name} in partition ${message.partition} (offset ${message.offset}), but the log puts it before` });
    }
    if (!highest || leafIndex > highest.leafIndex) this.highest.set(message.partition, { leafIndex, name });
    return { leafIndex, partition: message.partition, offset: message.offset, envelope };
  }

  /** Keeps a checked message in the order. */
  keep(leaf: LeafMessage): void {
    this.byLeaf.set(leaf.leafIndex, leaf);
  }

  /** Every kept leaf, by leaf index. */
  leaves(): LeafMessage[] {
    return [...this.byLeaf.values()].sort((a, b) => a.leafIndex - b.leafIndex);
  }
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

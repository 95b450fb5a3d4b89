import { EventEnvelope } from '#tamga/contracts';

/** A message of the topic as the log sees it: its leaf, where it sits, and the event it carries. */
export interface LeafMessage {
  readonly leafIndex: number;
  readonly partition: number;
  readonly offset: string;
  readonly envelope: EventEnvelope;
}

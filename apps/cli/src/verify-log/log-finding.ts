import { EventEnvelope } from '#tamga/contracts';

/** What kind of thing verify-log found wrong. */
export type FindingKind = 'changed' | 'missing' | 'reordered' | 'broken-chain' | 'bad-checkpoint' | 'bad-signature' | 'unsealed' | 'unreadable';

/** One thing that does not hold, naming the event when there is one. */
export interface LogFinding {
  readonly kind: FindingKind;
  /** "event <id> (stream S, version v, leaf i)", or where in the topic when no event can be named. */
  readonly subject: string;
  readonly detail: string;
}

/** How a finding names an event: id, stream, version and leaf index. */
export function eventName(event: Pick<EventEnvelope, 'eventId' | 'streamId' | 'streamVersion'>, leafIndex: number | null): string {
  return `event ${event.eventId} (stream ${event.streamId}, version ${event.streamVersion}, leaf ${leafIndex ?? 'none'})`;
}

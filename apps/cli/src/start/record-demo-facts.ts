import { DemoKey } from './demo-keys';
import { signDemoUpload } from './sign-demo-upload';
import { DemoAnswer, expectDemoAnswer } from './demo-client';
import { DemoFact, EarlierFacts } from './demo-season/demo-fact';
import { demoIdempotencyKey } from './register-demo-master-data';

/** One event as the capture API answers it. */
interface RecordedEvent {
  readonly lotId: string;
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
}

/** What recording the season's facts did. */
export interface FactsOutcome {
  readonly recorded: number;
  readonly alreadyThere: number;
  /** The highest version of each lot the answers name: the read model has the lot once it shows it. */
  readonly lotVersions: ReadonlyMap<string, number>;
}

/** The events an answer names: `recorded` for one fact; every result's events for an offline batch (a re-upload records none). */
function eventsOf(answer: DemoAnswer): RecordedEvent[] {
  const results: { events?: RecordedEvent[] }[] = answer.body?.results ?? [];
  return results.length > 0 ? results.flatMap((r) => r.events ?? []) : (answer.body?.recorded ?? []);
}

/**
 * Records the season's facts in order, each with its own party's key and an Idempotency-Key derived
 * from its name, so a second load is answered from the first and records nothing. A field device's
 * upload goes without one and is recognised by its clientEventIds instead (200: nothing new). Any
 * other answer stops the load: a refused demo fact is a bug in the demo or in the rules.
 */
export async function recordDemoFacts(captureUrl: string, facts: readonly DemoFact[], keys: ReadonlyMap<string, DemoKey>): Promise<FactsOutcome> {
  const answers = new Map<string, RecordedEvent[]>();
  const lotVersions = new Map<string, number>();
  const earlier: EarlierFacts = {
    eventId(factName, lotId, type) {
      const event = answers.get(factName)?.find((e) => e.lotId === lotId && e.type === type);
      if (!event) throw new Error(`Demo data: no ${type} event of lot ${lotId} was recorded by "${factName}" before it is referred to`);
      return event.eventId;
    },
  };
  let recorded = 0;
  let alreadyThere = 0;
  for (const fact of facts) {
    const key = keys.get(fact.by);
    if (!key) throw new Error(`Demo data: "${fact.name}" is recorded by ${fact.by}, which is not a demo party`);
    const stated = typeof fact.body === 'function' ? fact.body(earlier) : fact.body;
    const body = fact.offline && key.signingKey ? await signDemoUpload(captureUrl, key, stated as Parameters<typeof signDemoUpload>[2]) : stated;
    const answer = await expectDemoAnswer(
      captureUrl,
      fact.name,
      { method: 'POST', path: fact.path, apiKey: key.apiKey, body, ...(!fact.offline && { idempotencyKey: demoIdempotencyKey(fact.name) }) },
      fact.offline ? [200, 201] : [201],
    );
    const events = eventsOf(answer);
    if (events.length === 0) throw new Error(`The demo season's request "${fact.name}" was answered ${answer.status} without naming an event: ${JSON.stringify(answer.body)}`);
    answers.set(fact.name, events);
    for (const e of events) lotVersions.set(e.lotId, Math.max(lotVersions.get(e.lotId) ?? 0, e.version));
    if (answer.replayed || answer.status === 200) alreadyThere++;
    else recorded++;
  }
  return { recorded, alreadyThere, lotVersions };
}

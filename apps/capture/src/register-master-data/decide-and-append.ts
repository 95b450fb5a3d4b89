import { randomUUID } from 'node:crypto';
import { DomainError } from '#tamga/domain';
import { IdempotencyClaim, PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { CommandResult } from '../shared/command-result';

/** What one attempt decided: the event for one master-data stream, the version it was decided on, and the answer. */
export interface MasterDataDecision {
  readonly streamId: string;
  /** The stream's length when it was read: the append fails if anything was added since. */
  readonly expectedVersion: number;
  readonly event: { readonly type: string; readonly schemaVersion: number; readonly data: unknown };
  /** The response body, built from the stored event (kept for retries under the same key). */
  readonly body: (stored: StoredEvent) => unknown;
}

/** How to run a master-data command. */
export interface MasterDataRun {
  readonly actorId: string | null;
  readonly claim: IdempotencyClaim | undefined;
  readonly status: 200 | 201;
  /** Loads what the decision needs and decides; called again when the stream moved meanwhile. */
  readonly decide: (now: Date) => Promise<MasterDataDecision>;
}

// Enough for a burst of admins registering specialisations of one village at once; a real
// conflict (a stale expectedVersion) is refused by the decision itself on the next attempt.
const ATTEMPTS = 3;

/**
 * Load, decide, append with the stream's length as the expected version. When another command
 * appended to the stream between our read and our append, the store refuses the append and we
 * decide again on the new state: the decision then either succeeds (a second specialisation of
 * the same village is no conflict) or refuses in the domain's own words (PLACE.VERSION_CONFLICT
 * naming the current version, PLACE.ALREADY_EXISTS...).
 */
export async function decideAndAppend(eventStore: PostgresEventStore, run: MasterDataRun): Promise<CommandResult> {
  for (let attempt = 1; ; attempt++) {
    const now = new Date();
    const decision = await run.decide(now);
    try {
      const outcome = await eventStore.append(
        [
          {
            streamId: decision.streamId,
            expectedVersion: decision.expectedVersion,
            events: [{ ...decision.event, eventId: randomUUID(), occurredAt: now.toISOString() }],
          },
        ],
        {
          actorId: run.actorId,
          metadata: { commandId: randomUUID(), ...(run.claim ? { idempotencyKey: run.claim.key } : {}) },
          idempotency: run.claim,
          respond: ([stored]) => ({ status: run.status, body: decision.body(stored) }),
        },
      );
      return { ...outcome.response, replayed: outcome.replayed };
    } catch (error) {
      const moved = error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT';
      if (!moved) throw error;
      if (attempt >= ATTEMPTS) throw busy(decision.streamId, error);
    }
  }
}

function busy(streamId: string, conflict: DomainError): DomainError {
  return new DomainError('MASTER_DATA.BUSY', 'conflict', `${streamId} kept changing while this command was decided; retry`, [
    { field: 'expectedVersion', rule: 'current-version', message: 'others are writing this record right now; reload and retry', streamId, causes: conflict.details },
  ]);
}

import { DomainError } from '#tamga/domain';
import { IdempotencyClaim, PostgresEventStore } from '#tamga/event-store';
import { CommandResult } from './command-result';

/**
 * Runs a command at most once per idempotency claim: a retry gets the first answer. The key is
 * checked before deciding (the lot may have changed since, so deciding again could refuse), and
 * once more after a conflict, in case a concurrent retry of this very command committed between
 * that check and our decision. The append itself checks the key again, under a lock.
 */
export async function answerOnce(
  eventStore: PostgresEventStore,
  claim: IdempotencyClaim | undefined,
  run: () => Promise<CommandResult>,
): Promise<CommandResult> {
  if (claim) {
    const earlier = await eventStore.findIdempotentResponse(claim);
    if (earlier) return { ...earlier, replayed: true };
  }
  try {
    return await run();
  } catch (error) {
    if (claim && error instanceof DomainError && error.kind === 'conflict') {
      const earlier = await eventStore.findIdempotentResponse(claim);
      if (earlier) return { ...earlier, replayed: true };
    }
    throw error;
  }
}

/** The claim of a command: scoped to its actor, so two parties may use the same key. */
export function claimOf(actorId: string | null, key: string | undefined, requestHash: string): IdempotencyClaim | undefined {
  return key ? { scope: actorId ?? 'anonymous', key, requestHash } : undefined;
}

/** A harvest whose lot was created meanwhile by another command: the lot id is taken. */
export function lotTaken(lotId: string, field: string): DomainError {
  return new DomainError('LOT.ALREADY_EXISTS', 'conflict', `Lot ${lotId} already exists`, [
    { field, rule: 'new-lot', message: 'a harvest creates a new lot; this lot id is taken', lotId },
  ]);
}

import { DomainError } from '#tamga/domain';

/** How often a fact is decided again after another command moved one of its lots first. */
const ATTEMPTS = 3;

/**
 * Runs load-decide-append, and runs it again when the append finds that another command moved one
 * of the lots after it was loaded: deciding on the new state may still succeed (a sale and a
 * shipment of one lot may both fit). After a few tries the conflict is the answer.
 */
export async function decideAgainOnRace<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const raced = error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT';
      if (!raced || tries >= ATTEMPTS) throw error;
    }
  }
}

import { genealogyOf, lotEventOf } from '#tamga/epcis';
import type { StoredEvent } from '#tamga/event-store';
import type { StreamReader } from './log-rendering-context';

/** The lot asked for has no events. */
export class UnknownLotError extends Error {
  constructor(readonly lotId: string) {
    super(`Lot ${lotId} is unknown: no event has been recorded for it`);
    this.name = 'UnknownLotError';
  }
}

type Direction = 'upstream' | 'downstream';

/** The lots a stored event consumes and makes; none for an event that is no lot event (rendering names it). */
function genealogyOfStored(event: StoredEvent): ReturnType<typeof genealogyOf> {
  try {
    return genealogyOf(lotEventOf(event));
  } catch {
    return { inputs: [], outputs: [] };
  }
}

/**
 * The events of a lot's trace, as an inspector reads it: the lot's own events, then every lot it
 * was made from (through transformation, split and merge inputs, transitively) and every lot made
 * from it (through outputs, transitively), with all their events. Upstream lots are followed only
 * upstream and downstream lots only downstream, so a sibling (another output of the same
 * transformation, another input of the same merge) is not pulled in, though the shared fact names
 * it. Each (lot, direction) is visited once, which also ends any cycle a bad record could make.
 * Reads one query per generation.
 */
export async function traceEventsOf(lotId: string, readStreams: StreamReader): Promise<StoredEvent[]> {
  const streams = new Map<string, StoredEvent[]>();
  const visited = new Set<string>([`upstream ${lotId}`, `downstream ${lotId}`]);
  let frontier: Array<{ lotId: string; directions: readonly Direction[] }> = [{ lotId, directions: ['upstream', 'downstream'] }];
  while (frontier.length > 0) {
    const unread = frontier.map((f) => f.lotId).filter((id) => !streams.has(id));
    for (const [id, events] of await readStreams(unread)) streams.set(id, events);
    if ((streams.get(lotId) ?? []).length === 0) throw new UnknownLotError(lotId);
    const next: typeof frontier = [];
    const follow = (lots: readonly string[], direction: Direction) => {
      for (const id of lots) {
        if (visited.has(`${direction} ${id}`)) continue;
        visited.add(`${direction} ${id}`);
        next.push({ lotId: id, directions: [direction] });
      }
    };
    for (const { lotId: id, directions } of frontier) {
      for (const event of streams.get(id) ?? []) {
        const { inputs, outputs } = genealogyOfStored(event);
        if (directions.includes('upstream') && outputs.includes(id)) follow(inputs, 'upstream');
        if (directions.includes('downstream') && inputs.includes(id)) follow(outputs, 'downstream');
      }
    }
    frontier = next;
  }
  return [...streams.values()].flat();
}

import type { EventEnvelope } from '#tamga/contracts';
import { masterDataLookupOf, occurredAtOf } from '#tamga/domain';
import type { LotRenderingContext } from '../lot-rendering-context';
import { lotEventOf } from '../lot-event-of';
import { lotProductsOf } from '../lots-of-event';
import { type LotJourney, lotJourney } from './lot-journey.testing';

/** A deterministic uuid per number, for fixtures whose bytes must not change between runs. */
export const fixedUuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * The journey as the event store would give it back: each copy an envelope in log order, recorded
 * an hour after the fact; copies of one fact a millisecond apart (they are appended together, and
 * Postgres stamps each row with its own clock_timestamp()).
 */
export function journeyEnvelopes(journey: LotJourney, firstPosition = 1): EventEnvelope[] {
  const versions = new Map<string, number>();
  let position = firstPosition;
  return journey.facts.flatMap(({ event, copies }) =>
    copies.map(({ lotId, eventId }, i) => {
      const version = (versions.get(lotId) ?? 0) + 1;
      versions.set(lotId, version);
      const occurredAt = new Date(occurredAtOf(event));
      return {
        eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId: lotId,
        streamVersion: version,
        globalPosition: String(position++),
        occurredAt: occurredAt.toISOString(),
        recordedAt: new Date(occurredAt.getTime() + 3600_000 + i).toISOString(),
        actorId: null,
        data: event.data,
        metadata: {},
      };
    }),
  );
}

/** A rendering context over envelopes held in memory and the journey's master data. */
export function inMemoryContext(envelopes: readonly EventEnvelope[], masterData: LotJourney['masterData']): LotRenderingContext {
  const lotProducts = new Map(envelopes.flatMap((e) => lotProductsOf(lotEventOf(e))));
  const byId = new Map(envelopes.map((e) => [e.eventId, e]));
  return {
    masterData: masterDataLookupOf(masterData),
    productOfLot: (lotId) => lotProducts.get(lotId),
    recordedEvent: (eventId) => byId.get(eventId),
  };
}

/** The journey tagged `tag`, as envelopes with fixed ids, and a context to render them in. */
export function journeyFixture(tag = 'T1') {
  let n = 0;
  const journey = lotJourney(tag, () => fixedUuid(++n));
  const envelopes = journeyEnvelopes(journey);
  const context = inMemoryContext(envelopes, journey.masterData);
  /** The nth stored envelope of a type (copies of a multi-lot fact count separately). */
  const envelope = (type: string, nth = 0): EventEnvelope => {
    const found = envelopes.filter((e) => e.type === type)[nth];
    if (!found) throw new Error(`the journey has no ${type} number ${nth}`);
    return found;
  };
  return { journey, envelopes, context, envelope, lot: journey.lot };
}

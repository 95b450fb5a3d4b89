import type { EventEnvelope } from '#tamga/contracts';
import { streamIdOf } from '#tamga/domain';
import type { StoredEvent } from '#tamga/event-store';
import type { LotJourney } from '../../../../libs/epcis/src/rendering/testing/lot-journey.testing';
import type { StreamReader } from './log-rendering-context';

/**
 * For unit tests: the journey's log in memory, lot streams and master-data streams (each entity
 * registered once), read through a StreamReader that records what it was asked for.
 */
export function inMemoryLog(journey: LotJourney, envelopes: readonly EventEnvelope[]) {
  const streams = new Map<string, StoredEvent[]>();
  const put = (streamId: string, type: string, data: unknown) => {
    const list = streams.get(streamId) ?? [];
    list.push({
      eventId: `${streamId}#${list.length + 1}`,
      type,
      schemaVersion: 1,
      streamId,
      streamVersion: list.length + 1,
      globalPosition: '0',
      transactionId: '1',
      occurredAt: '2026-07-01T00:00:00.000Z',
      recordedAt: '2026-07-01T00:00:00.000Z',
      actorId: null,
      data,
      metadata: {},
    });
    streams.set(streamId, list);
  };
  for (const place of journey.masterData.places) put(streamIdOf.place(place.placeId), 'place.registered', place);
  for (const product of journey.masterData.products) put(streamIdOf.product(product.productId), 'product.registered', product);
  for (const e of envelopes) streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), { ...e, transactionId: '1' }]);
  const requests: string[][] = [];
  const read: StreamReader = async (ids) => {
    requests.push([...ids]);
    return new Map(ids.map((id) => [id, streams.get(id) ?? []]));
  };
  return { read, requests, streams };
}

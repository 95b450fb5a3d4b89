import { EventEnvelope } from '#tamga/contracts';
import { latestPerStream } from './latest-per-stream';

const event = (streamId: string, streamVersion: number, type: string): EventEnvelope => ({
  eventId: `${streamId}@${streamVersion}`,
  type,
  schemaVersion: 1,
  streamId,
  streamVersion,
  globalPosition: String(streamVersion),
  occurredAt: '2026-03-03T03:00:00.000Z',
  recordedAt: '2026-03-03T03:00:00.000Z',
  actorId: null,
  data: {},
  metadata: {},
});

describe('latestPerStream', () => {
  it('keeps the highest version of each stream of the kind, whatever order the batch holds them in', () => {
    const batch = [
      event('place/village:tamga', 2, 'place.revised'),
      event('place/village:tamga', 1, 'place.registered'),
      event('place/village:barskoon', 1, 'place.registered'),
      event('place/village:tamga', 2, 'place.revised'), // a republished duplicate
    ];
    expect(latestPerStream(batch, 'place', ['place.registered', 'place.revised']).map((e) => e.eventId).sort()).toEqual([
      'place/village:barskoon@1',
      'place/village:tamga@2',
    ]);
  });

  it('ignores other kinds of stream and other event types, even when a lot code looks alike', () => {
    const batch = [event('product/place', 1, 'product.registered'), event('TMG-PLACE-1', 1, 'place.registered'), event('place/x', 1, 'place.archived')];
    expect(latestPerStream(batch, 'place', ['place.registered', 'place.revised'])).toEqual([]);
  });
});

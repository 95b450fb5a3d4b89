import type { EventEnvelope } from '#tamga/contracts';
import { referencedStreams } from './referenced-streams';

const envelope = (type: string, actorId: string | null, data: object): EventEnvelope => ({
  eventId: type, type, schemaVersion: 1, streamId: 'L1', streamVersion: 1, globalPosition: '1', occurredAt: '', recordedAt: '', actorId, data, metadata: {},
});

describe('the master-data streams a bundle carries', () => {
  it('names the dossier\'s places, products and schemes, every party that recorded or is named (scheme issuers too), and the service keys', () => {
    const streams = referencedStreams(
      [
        envelope('lot.harvested', 'producer:aigul', { producerId: 'producer:aigul', villageId: 'village:a' }),
        envelope('lot.shipped', 'processor:p', { to: { partyId: 'exporter:x', placeId: 'warehouse:w' } }),
        envelope('lot.certified', null, { schemeId: 'scheme:organic' }),
      ],
      {
        places: [{ placeId: 'village:a' }, { placeId: 'warehouse:w' }],
        products: [{ productId: 'honey' }],
        schemes: [{ schemeId: 'scheme:organic', issuerPartyId: 'certifier:c' }],
      } as never,
    );
    expect(streams).toEqual([
      'place/village:a', 'place/warehouse:w', 'product/honey', 'scheme/scheme:organic',
      'party/certifier:c', 'party/exporter:x', 'party/processor:p', 'party/producer:aigul',
      'service/signing-keys',
    ]);
  });
});

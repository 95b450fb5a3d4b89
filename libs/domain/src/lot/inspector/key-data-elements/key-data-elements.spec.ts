import { LotShipped } from '../../events/lot-custody.event';
import { keyDataElementsOf } from './key-data-elements';

const shipped: LotShipped = {
  type: 'lot.shipped',
  schemaVersion: 1,
  data: {
    shipmentId: 'S-1', lotId: 'HN-1', quantity: { amount: 20, unit: 'KGM' },
    from: { partyId: 'processor:karakol', placeId: 'workshop:karakol' }, to: { partyId: 'shop:ovop', placeId: 'shop:ovop-bishkek' },
    documents: [{ type: 'waybill', id: 'WB-7' }], shippedAt: '2026-08-01T03:00:00Z',
  },
};

describe('the key data elements of a lot event (FSMA 204 style)', () => {
  it('a shipment: from the sender to the addressee, with its documents', () => {
    expect(keyDataElementsOf('HN-1', shipped, 'processor:karakol')).toEqual({
      criticalTrackingEvent: 'Shipping',
      quantity: { amount: 20, unit: 'KGM' },
      locationId: 'workshop:karakol',
      referenceDocuments: [{ type: 'shipment', id: 'S-1' }, { type: 'waybill', id: 'WB-7' }],
      source: { partyId: 'processor:karakol', placeId: 'workshop:karakol' },
      destination: { partyId: 'shop:ovop', placeId: 'shop:ovop-bishkek' },
      inputLotIds: [],
      outputLotIds: [],
      amendsEventId: null,
    });
  });

  it('a receipt names its sender and documents from the shipment it closes', () => {
    const received = { type: 'lot.received' as const, schemaVersion: 1 as const, data: { shipmentId: 'S-1', lotId: 'HN-1', quantity: { amount: 19.5, unit: 'KGM' as const }, by: shipped.data.to, receivedAt: '2026-08-01T09:00:00Z' } };
    expect(keyDataElementsOf('HN-1', received, 'shop:ovop', shipped)).toMatchObject({
      criticalTrackingEvent: 'Receiving',
      quantity: { amount: 19.5, unit: 'KGM' },
      locationId: 'shop:ovop-bishkek',
      referenceDocuments: [{ type: 'shipment', id: 'S-1' }, { type: 'waybill', id: 'WB-7' }],
      source: shipped.data.from,
      destination: shipped.data.to,
    });
  });

  it('a transformation gives each lot its own quantity and names every input and output', () => {
    const cooked = {
      type: 'lot.transformed' as const, schemaVersion: 1 as const,
      data: {
        transformationId: 'COOK-1', process: 'cooking' as const, placeId: 'workshop:karakol', transformedAt: '2026-08-02T03:00:00Z',
        inputs: [{ lotId: 'B-1', productId: 'product:berries', quantity: { amount: 60, unit: 'KGM' as const } }, { lotId: 'SG-1', productId: 'product:sugar', quantity: { amount: 30, unit: 'KGM' as const } }],
        outputs: [{ lotId: 'J-1', productId: 'product:jam', quantity: { amount: 80, unit: 'KGM' as const } }],
      },
    };
    expect(keyDataElementsOf('SG-1', cooked, 'processor:karakol')).toMatchObject({ criticalTrackingEvent: 'Transformation', quantity: { amount: 30 }, inputLotIds: ['B-1', 'SG-1'], outputLotIds: ['J-1'] });
    expect(keyDataElementsOf('J-1', cooked, 'processor:karakol').quantity).toEqual({ amount: 80, unit: 'KGM' });
  });

  it('an export goes to its buyer, an organisation, in its country, with the customs papers', () => {
    const exported = {
      type: 'lot.exported' as const, schemaVersion: 1 as const,
      data: {
        shipmentId: 'EX-1', lotId: 'HN-1', quantity: { amount: 60, unit: 'KGM' as const }, from: { partyId: 'exporter:ak-jol', placeId: 'warehouse:bishkek' },
        destinationCountry: 'JP', buyer: { name: 'Hokkaido Natural Foods K.K.', country: 'JP' }, customsDeclaration: 'CD-1', certificateOfOrigin: 'CT1-1',
        hsCode: '0409.00', documents: [], exportedAt: '2026-08-05T03:00:00Z',
      },
    };
    expect(keyDataElementsOf('HN-1', exported, 'exporter:ak-jol')).toMatchObject({
      criticalTrackingEvent: 'Shipping (export)',
      referenceDocuments: [{ type: 'shipment', id: 'EX-1' }, { type: 'customs-declaration', id: 'CD-1' }, { type: 'certificate-of-origin', id: 'CT1-1' }],
      destination: { partyId: null, placeId: null, name: 'Hokkaido Natural Foods K.K.', country: 'JP' },
    });
  });

  it('a correction carries the right quantity and the event it corrects', () => {
    const corrected = { type: 'lot.corrected' as const, schemaVersion: 1 as const, data: { lotId: 'C-1', correctsEventId: 'e-1', reason: 'typo', changes: { quantity: { amount: 42, unit: 'KGM' as const } }, correctedAt: '2026-08-01T03:00:00Z' } };
    expect(keyDataElementsOf('C-1', corrected, 'producer:asel')).toMatchObject({ criticalTrackingEvent: 'Correction', quantity: { amount: 42, unit: 'KGM' }, amendsEventId: 'e-1' });
  });
});

import { LOT_EVENT_TYPES } from '#tamga/domain';
import { renderLotEvent } from './render-lot-event';
import { journeyFixture } from './testing/journey-envelopes.testing';

const { envelopes, context, envelope, lot, journey } = journeyFixture();
const render = (type: string, nth = 0) => renderLotEvent(envelope(type, nth), context);
const only = (type: string, nth = 0) => {
  const events = render(type, nth);
  expect(events).toHaveLength(1);
  return events[0];
};
const gtin = (productId: string) => journey.masterData.products.find((p) => p.productId.startsWith(productId))!.gtin;
const gln = (placeId: string) => journey.masterData.places.find((p) => p.placeId.startsWith(placeId))!.gln;
const lotClass = (productId: string, lotId: string) => `https://id.gs1.org/01/${gtin(productId)}/10/${lotId}`;
const glnUri = (placeId: string) => `https://id.gs1.org/414/${gln(placeId)}`;

describe('rendering each kind of lot fact as EPCIS 2.0', () => {
  it('has a journey with every lot event type, so each one below is rendered', () => {
    expect(new Set(envelopes.map((e) => e.type))).toEqual(new Set(LOT_EVENT_TYPES));
  });

  it('a harvest commissions the lot at the harvest site, with its lot master data in the ILMD', () => {
    const event = only('lot.harvested');
    expect(event).toMatchObject({
      type: 'ObjectEvent',
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      eventTime: '2026-07-12T07:30:00.000+06:00',
      eventTimeZoneOffset: '+06:00',
      recordTime: '2026-07-12T08:30:00.000+06:00',
      quantityList: [{ epcClass: lotClass('product:honeycomb', lot.combA), quantity: 180, uom: 'KGM' }],
      readPoint: { id: glnUri('apiary:tamga-1') },
      bizLocation: { id: glnUri('apiary:tamga-1') },
      ilmd: {
        'cbvmda:lotNumber': lot.combA,
        'cbvmda:countryOfOrigin': 'KG',
        'cbvmda:harvestStartDate': '2026-07-12',
        'tamga:village': glnUri('village:tamga'),
        'tamga:producer': 'urn:tamga:party:producer:asel-tamga-t1',
        'tamga:harvestLocation': 'geo:42.155,77.551',
      },
    });
  });

  it('a harvest recorded without a site happened in its village', () => {
    expect(only('lot.harvested', 1)).toMatchObject({ readPoint: { id: glnUri('village:barskoon') }, bizLocation: { id: glnUri('village:barskoon') } });
  });

  it('a harvest date is the day in Kyrgyzstan, even when recorded in UTC the evening before', () => {
    const late = { ...envelope('lot.harvested'), data: { ...(envelope('lot.harvested').data as object), harvestedAt: '2026-07-11T20:30:00Z' } };
    const [event] = renderLotEvent(late, context);
    expect(event.eventTime).toBe('2026-07-12T02:30:00.000+06:00');
    expect((event.ilmd as Record<string, string>)['cbvmda:harvestStartDate']).toBe('2026-07-12');
  });

  it('merge, extraction and split are TransformationEvents with both quantity lists and the shared transformationID', () => {
    expect(only('lot.merged')).toMatchObject({
      type: 'TransformationEvent',
      bizStep: 'commissioning',
      transformationID: 'urn:tamga:transformation:T1-merge-1',
      inputQuantityList: [
        { epcClass: lotClass('product:honeycomb', lot.combA), quantity: 170, uom: 'KGM' },
        { epcClass: lotClass('product:honeycomb', lot.combB), quantity: 95.5, uom: 'KGM' },
      ],
      outputQuantityList: [{ epcClass: lotClass('product:honeycomb', lot.pool), quantity: 265.5, uom: 'KGM' }],
      readPoint: { id: glnUri('workshop:karakol') },
    });
    const extraction = only('lot.transformed');
    expect(extraction.outputQuantityList).toEqual([
      { epcClass: lotClass('product:white-sainfoin-honey', lot.honey), quantity: 200, uom: 'KGM' },
      { epcClass: lotClass('product:beeswax', lot.wax), quantity: 30, uom: 'KGM' },
    ]);
    expect(extraction.ilmd).toEqual({ 'tamga:process': 'extraction' });
    expect(only('lot.split')).toMatchObject({ type: 'TransformationEvent', transformationID: 'urn:tamga:transformation:T1-split-1' });
  });

  it('packing commissions the serialised units (SGTINs) and ties them to their lot', () => {
    const event = only('lot.packed');
    expect(event).toMatchObject({ type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', 'tamga:packingId': 'T1-pack-1' });
    expect(event.epcList).toEqual(['0001', '0002', '0003', '0004'].map((s) => `https://id.gs1.org/01/${gtin('product:white-sainfoin-honey')}/21/${s}`));
    expect(event.ilmd).toMatchObject({ 'cbvmda:lotNumber': lot.jars, 'tamga:lot': lotClass('product:white-sainfoin-honey', lot.jars) });
  });

  it('a shipment is in transit from the sender to the addressee, with its waybill; no business location', () => {
    const event = only('lot.shipped');
    expect(event).toMatchObject({
      action: 'OBSERVE',
      bizStep: 'shipping',
      disposition: 'in_transit',
      readPoint: { id: glnUri('workshop:karakol') },
      bizTransactionList: [{ type: 'bol', bizTransaction: 'urn:tamga:document:waybill:WB-2026-0042' }],
      'tamga:shipmentId': 'T1-ship-1',
    });
    expect(event.bizLocation).toBeUndefined();
    expect(event.sourceList).toEqual([
      { type: 'owning_party', source: 'urn:tamga:party:processor:karakol-honey-t1' },
      { type: 'possessing_party', source: 'urn:tamga:party:processor:karakol-honey-t1' },
      { type: 'location', source: glnUri('workshop:karakol') },
    ]);
    expect(event.destinationList).toContainEqual({ type: 'location', destination: glnUri('shop:ovop-bishkek') });
  });

  it('a receipt is at the addressee, of what arrived, under the same shipment id', () => {
    expect(only('lot.received')).toMatchObject({
      bizStep: 'receiving',
      disposition: 'in_progress',
      bizLocation: { id: glnUri('shop:ovop-bishkek') },
      quantityList: [{ quantity: 39.5, uom: 'KGM' }],
      'tamga:shipmentId': 'T1-ship-1',
    });
  });
});

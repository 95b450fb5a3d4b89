import { renderLotEvent } from './render-lot-event';
import { journeyFixture } from './testing/journey-envelopes.testing';

const { context, envelope, journey } = journeyFixture();
const only = (type: string, nth = 0) => {
  const events = renderLotEvent(envelope(type, nth), context);
  expect(events).toHaveLength(1);
  return events[0];
};
const with_ = (type: string, nth: number, data: object) => ({ ...envelope(type, nth), data: { ...(envelope(type, nth).data as object), ...data } });
const honeyGtin = journey.masterData.products[1].gtin;

describe('rendering inspections, certificates, holds, recalls, sales, exports and flags', () => {
  it('an inspection is conformant when passed, and carries each lab result as a sensor report', () => {
    const event = only('lot.inspected');
    expect(event).toMatchObject({
      bizStep: 'inspecting',
      disposition: 'conformant',
      bizTransactionList: [{ type: 'testres', bizTransaction: 'urn:tamga:document:lab-report:KRK-LAB-2026-0712' }],
      'tamga:inspectionId': 'T1-insp-1',
      'tamga:sampleId': 'S-1',
    });
    const [element] = event.sensorElementList as Array<{ sensorMetadata: object; sensorReport: object[] }>;
    expect(element.sensorMetadata).toEqual({ time: '2026-07-24T09:00:00.000+06:00' });
    expect(element.sensorReport[0]).toEqual({
      type: 'Dimensionless',
      value: 17.2,
      uom: 'P1',
      'tamga:parameter': 'moisture',
      'tamga:unit': '%',
      'tamga:upperLimit': 20,
      'tamga:withinLimits': true,
    });
    // Limits are business rules, not the lowest/highest value observed that minValue/maxValue mean.
    expect(element.sensorReport.some((r) => 'minValue' in r || 'maxValue' in r)).toBe(false);
    // A unit GS1 has no measurement type for keeps the lab's words, and no made-up uom.
    expect(element.sensorReport[2]).toMatchObject({ type: 'urn:tamga:lab-parameter:diastase', 'tamga:unit': 'Schade', 'tamga:lowerLimit': 8 });
    expect(element.sensorReport[2]).not.toHaveProperty('uom');
  });

  it('a failed inspection is non_conformant', () => {
    const [event] = renderLotEvent(with_('lot.inspected', 0, { outcome: 'failed' }), context);
    expect(event.disposition).toBe('non_conformant');
  });

  it('certification, revocation and expiry name the certificate in certificationInfo', () => {
    expect(only('lot.certified')).toMatchObject({
      certificationInfo: 'urn:tamga:certificate:T1-halal-1',
      bizStep: 'urn:tamga:bizstep:certifying',
      'tamga:scheme': 'urn:tamga:scheme:scheme:halal-t1',
      'tamga:validFrom': '2026-07-25',
      'tamga:validUntil': '2027-07-24',
    });
    expect(only('lot.certificate-revoked')).toMatchObject({
      certificationInfo: 'urn:tamga:certificate:T1-halal-1',
      bizStep: 'urn:tamga:bizstep:revoking_certification',
      'tamga:reason': 'the audit found mislabelled jars',
    });
    expect(only('lot.certificate-expired')).toMatchObject({
      certificationInfo: 'urn:tamga:certificate:T1-mik-1',
      bizStep: 'urn:tamga:bizstep:expiring_certification',
    });
  });

  it('a hold sets a persistent non-sellable disposition, its release unsets it', () => {
    expect(only('lot.held')).toMatchObject({ bizStep: 'holding', disposition: 'non_sellable_other', persistentDisposition: { set: ['non_sellable_other'] } });
    expect(only('lot.released')).toMatchObject({ disposition: 'available', persistentDisposition: { unset: ['non_sellable_other'] } });
  });

  it('a recall covers the whole lot, or exactly the units listed', () => {
    expect(only('lot.recalled')).toMatchObject({ disposition: 'recalled', persistentDisposition: { set: ['recalled'] }, 'tamga:scope': 'whole-lot' });
    const units = only('lot.recalled', 1);
    expect(units.epcList).toEqual([`https://id.gs1.org/01/${honeyGtin}/21/0003`, `https://id.gs1.org/01/${honeyGtin}/21/0004`]);
    expect(units.quantityList).toBeUndefined();
  });

  it('a sale of scanned units lists the units and not also a quantity (which would count them twice)', () => {
    const scanned = only('lot.sold');
    expect(scanned).toMatchObject({ bizStep: 'retail_selling', disposition: 'retail_sold', epcList: [`https://id.gs1.org/01/${honeyGtin}/21/0001`] });
    expect(scanned.quantityList).toBeUndefined();
    expect(only('lot.sold', 1)).toMatchObject({ quantityList: [{ quantity: 1, uom: 'KGM' }] });
  });

  it('an export ships to its destination country with the customs declaration and certificate of origin', () => {
    expect(only('lot.exported')).toMatchObject({
      bizStep: 'shipping',
      disposition: 'in_transit',
      bizTransactionList: [
        { type: 'urn:tamga:btt:customs-declaration', bizTransaction: 'urn:tamga:document:customs-declaration:KG-ED-2026-001234' },
        { type: 'cert', bizTransaction: 'urn:tamga:document:certificate-of-origin:CT-1-2026-0777' },
        { type: 'inv', bizTransaction: 'urn:tamga:document:invoice:INV-77' },
      ],
      'tamga:destinationCountry': 'JP',
      'tamga:buyer': { 'tamga:name': 'Hokkaido Natural Foods KK', 'tamga:country': 'JP' },
      'tamga:hsCode': '040900',
    });
  });

  it('a flag is exported as Tamga\'s finding, with its details as extensions and no disposition', () => {
    const event = only('lot.flagged');
    expect(event).toMatchObject({ bizStep: 'urn:tamga:bizstep:flagging', 'tamga:flag': 'origin-not-registered' });
    expect(event.disposition).toBeUndefined();
    expect(event['tamga:details']).toEqual({ 'tamga:productId': 'product:honeycomb-t1', 'tamga:registeredProductIds': [], 'tamga:villageId': 'village:barskoon-t1' });
  });
});

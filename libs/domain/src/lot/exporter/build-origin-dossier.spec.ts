import { LotEvent } from '../lot-event';
import { buildOriginDossier } from './build-origin-dossier';
import { DOSSIER_MASTER_DATA, DossierHistories, kg } from './origin-dossier.testing';

const at = (date: string, time = '10:00:00') => `${date}T${time}+06:00`;
const harvest = (lotId: string, village: string, producer: string, amount: number, productId = 'product:sea-buckthorn'): LotEvent => ({
  type: 'lot.harvested',
  schemaVersion: 1,
  data: { lotId, villageId: `village:${village}`, producerId: `party:${producer}`, productId, quantity: kg(amount), harvestedAt: at('2026-08-10'), location: { latitude: 42.5, longitude: 78.3 } },
});
const portion = (lotId: string, amount: number, productId = 'product:sea-buckthorn') => ({ lotId, productId, quantity: kg(amount) });
const exported = (lotId: string, amount: number, shipmentId = 'EXP-JP-1', exportedAt = '2026-10-04T20:00:00Z'): LotEvent => ({
  type: 'lot.exported',
  schemaVersion: 1,
  data: {
    shipmentId,
    lotId,
    quantity: kg(amount),
    from: { partyId: 'party:exporter', placeId: 'warehouse:manas' },
    destinationCountry: 'JP',
    buyer: { name: 'Kyoto Honey Trading Co.', country: 'JP' },
    customsDeclaration: 'KG-CD-1',
    certificateOfOrigin: 'CO-1',
    hsCode: '200799',
    documents: [],
    exportedAt,
  },
});
const certified = (lotId: string, certificateId: string, validFrom: string, validUntil: string): LotEvent => ({
  type: 'lot.certified',
  schemaVersion: 1,
  data: { certificateId, lotId, schemeId: 'scheme:organic', validFrom, validUntil, certifiedAt: at('2026-08-20') },
});
const inspected = (lotId: string, inspectionId: string, outcome: 'passed' | 'failed', date: string): LotEvent => ({
  type: 'lot.inspected',
  schemaVersion: 1,
  data: { inspectionId, lotId, results: [{ parameter: 'moisture', value: outcome === 'passed' ? 17.5 : 21, unit: '%', max: 20, withinLimits: outcome === 'passed' }], outcome, inspectedAt: at(date) },
});

/**
 * Two harvests of sea-buckthorn pooled, a third and beet sugar cooked into 100 kg of jam, the jam
 * split, 40 kg of it exported to Japan with 25 kg of honey straight from a harvest.
 */
function jamAndHoneyShipment() {
  const log = new DossierHistories();
  log.record(harvest('H1', 'ananyevo', 'p1', 40));
  log.record(harvest('H2', 'ak-suu', 'p2', 20));
  log.record(harvest('B2', 'kyzyl-suu', 'p3', 40));
  log.record(harvest('S', 'kaindy', 'p4', 30, 'product:sugar'));
  log.record(harvest('HN', 'tamga', 'p5', 25, 'product:honey'));
  log.record({ type: 'lot.merged', schemaVersion: 1, data: { transformationId: 'pool', placeId: 'warehouse:ak-suu', inputs: [portion('H1', 40), portion('H2', 20)], outputs: [portion('B1', 60)], mergedAt: at('2026-08-12') } }, ['H1', 'H2', 'B1']);
  log.record(
    {
      type: 'lot.transformed',
      schemaVersion: 1,
      data: {
        transformationId: 'cook',
        process: 'cooking',
        placeId: 'workshop:karakol',
        inputs: [portion('B1', 60), portion('B2', 40), portion('S', 30, 'product:sugar')],
        outputs: [portion('J', 100, 'product:jam')],
        transformedAt: at('2026-08-15'),
      },
    },
    ['B1', 'B2', 'S', 'J'],
  );
  log.record({ type: 'lot.split', schemaVersion: 1, data: { transformationId: 'cut', placeId: 'workshop:karakol', inputs: [portion('J', 100, 'product:jam')], outputs: [portion('J1', 40, 'product:jam'), portion('J2', 60, 'product:jam')], splitAt: at('2026-08-16') } }, ['J', 'J1', 'J2']);
  return log;
}

const dossierOf = (log: DossierHistories, shipmentId = 'EXP-JP-1') => buildOriginDossier({ shipmentId, histories: log.histories, masterData: DOSSIER_MASTER_DATA });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('the origin dossier of an export shipment', () => {
  it('traces a multi-lot shipment back to every village, each lot\'s shares adding up to 100 %', () => {
    const log = jamAndHoneyShipment();
    log.record(exported('J1', 40));
    log.record(exported('HN', 25));
    const dossier = dossierOf(log)!;
    expect(dossier.shipment.lots.map((l) => [l.lotId, l.quantity.amount])).toEqual([['HN', 25], ['J1', 40]]);
    const jam = dossier.origin.lots.find((l) => l.lotId === 'J1')!;
    expect(jam.villages.map((v) => [v.villageId, v.percent])).toEqual([
      ['village:ananyevo', 30.77],
      ['village:kyzyl-suu', 30.77],
      ['village:kaindy', 23.08],
      ['village:ak-suu', 15.38],
    ]);
    expect(Math.round(sum(jam.villages.map((v) => v.percent)) * 100)).toBe(10_000);
    expect(sum(jam.villages.map((v) => v.share))).toBeCloseTo(1, 5);
    // 40 kg of the 100 kg jam carries 40 % of each input: 16 of Ananyevo's 40 kg.
    expect(jam.harvests.find((h) => h.lotId === 'H1')!.contributed).toEqual(kg(16));
    expect(jam.villages[0].names?.ja).toBe('ananyevo（日本語）');
    const honey = dossier.origin.lots.find((l) => l.lotId === 'HN')!;
    expect(honey.villages).toEqual([expect.objectContaining({ villageId: 'village:tamga', share: 1, percent: 100, producerIds: ['party:p5'] })]);
    expect(dossier.origin.complete).toBe(true);
  });

  it('weighs the lots of a shipment by their exported amounts for the shipment\'s own shares', () => {
    const log = jamAndHoneyShipment();
    log.record(exported('J1', 40));
    log.record(exported('HN', 25));
    const { villages, producers } = dossierOf(log)!.origin;
    expect(villages!.find((v) => v.villageId === 'village:tamga')!.share).toBeCloseTo(25 / 65, 6);
    expect(villages!.find((v) => v.villageId === 'village:ananyevo')!.share).toBeCloseTo((40 / 65) * (40 / 130), 6);
    expect(Math.round(sum(villages!.map((v) => v.percent)) * 100)).toBe(10_000);
    expect(Math.round(sum(producers!.map((p) => p.percent)) * 100)).toBe(10_000);
    expect(producers!.map((p) => p.producerId).sort()).toEqual(['party:p1', 'party:p2', 'party:p3', 'party:p4', 'party:p5']);
  });

  it('names no shipment-wide shares when its lots are counted in different dimensions', () => {
    const log = jamAndHoneyShipment();
    log.record(harvest('W', 'bokonbaevo', 'p6', 10, 'product:felt'));
    log.record(exported('J1', 40));
    log.record({ ...exported('W', 3), data: { ...(exported('W', 3).data as object), quantity: { amount: 3, unit: 'H87' } } } as LotEvent);
    const dossier = dossierOf(log)!;
    expect(dossier.origin.villages).toBeNull();
    expect(dossier.origin.lots).toHaveLength(2);
  });

  it('lists only the certificates in force on the export\'s calendar date in Kyrgyzstan', () => {
    const log = jamAndHoneyShipment();
    log.record(certified('B2', 'organic-b2', '2026-08-01', '2026-12-31'));
    // The export at 20:00 UTC on 4 October is 5 October in Kyrgyzstan (UTC+6).
    log.record(certified('J', 'until-4-oct', '2026-08-01', '2026-10-04'));
    log.record(certified('J', 'until-5-oct', '2026-08-01', '2026-10-05'));
    log.record(certified('J1', 'from-6-oct', '2026-10-06', '2027-10-05'));
    log.record(certified('H1', 'revoked-before', '2026-08-01', '2026-12-31'));
    log.record({ type: 'lot.certificate-revoked', schemaVersion: 1, data: { certificateId: 'revoked-before', lotId: 'H1', reason: 'pesticide found', revokedAt: '2026-10-04T19:00:00Z' } });
    log.record(certified('H2', 'revoked-after', '2026-08-01', '2026-12-31'));
    log.record({ type: 'lot.certificate-revoked', schemaVersion: 1, data: { certificateId: 'revoked-after', lotId: 'H2', reason: 'audit', revokedAt: '2026-11-01T10:00:00Z' } });
    log.record(certified('J2', 'sibling', '2026-08-01', '2026-12-31'));
    log.record(exported('J1', 40));
    const certifications = dossierOf(log)!.certifications;
    expect(certifications.map((c) => c.certificateId).sort()).toEqual(['organic-b2', 'revoked-after', 'until-5-oct']);
    expect(certifications.find((c) => c.certificateId === 'revoked-after')!.revokedLater).toMatchObject({ reason: 'audit', revokedAt: '2026-11-01T10:00:00Z' });
    expect(certifications.find((c) => c.certificateId === 'organic-b2')).toMatchObject({ lotId: 'B2', schemeNames: expect.objectContaining({ en: 'organic' }), event: { epcisEventId: expect.stringMatching(/^ni:/) } });
  });

  it('shows inspections up to the export, a failed test beside its passed re-test, a retracted one not at all', () => {
    const log = jamAndHoneyShipment();
    log.record(inspected('HN', 'moisture-1', 'failed', '2026-08-20'));
    log.record(inspected('HN', 'moisture-2', 'passed', '2026-08-25'));
    const wrong = log.record(inspected('HN', 'other-sample', 'passed', '2026-08-26'));
    log.record({ type: 'lot.retracted', schemaVersion: 1, data: { lotId: 'HN', retractsEventId: wrong, reason: 'another sample', retractedAt: at('2026-08-27') } });
    log.record(exported('HN', 25));
    log.record(inspected('HN', 'after-export', 'passed', '2026-10-20'));
    expect(dossierOf(log)!.inspections.map((i) => [i.inspectionId, i.outcome])).toEqual([['moisture-1', 'failed'], ['moisture-2', 'passed']]);
  });

  it('reads exports as the lot does: a corrected quantity at its correction, a retracted export not at all', () => {
    const log = jamAndHoneyShipment();
    const wrong = log.record(exported('HN', 25));
    log.record({ type: 'lot.corrected', schemaVersion: 1, data: { lotId: 'HN', correctsEventId: wrong, reason: 'scale', changes: { quantity: kg(24) }, correctedAt: at('2026-10-06') } });
    const mistaken = log.record(exported('J1', 40));
    log.record({ type: 'lot.retracted', schemaVersion: 1, data: { lotId: 'J1', retractsEventId: mistaken, reason: 'wrong lot', retractedAt: at('2026-10-06') } });
    log.record(exported('J2', 60, 'EXP-CN-1'));
    const dossier = dossierOf(log)!;
    expect(dossier.shipment.lots).toEqual([expect.objectContaining({ lotId: 'HN', quantity: kg(24), correctedBy: expect.objectContaining({ eventId: expect.any(String) }) })]);
    expect(dossier.origin.lots[0].harvests[0].contributed).toEqual(kg(24));
    expect(dossierOf(log, 'EXP-NONE')).toBeNull();
  });

  it('says so when the record read does not reach every origin', () => {
    const log = jamAndHoneyShipment();
    log.record(exported('J1', 40));
    log.histories.delete('S'); // the sugar lot beyond what was read
    const dossier = dossierOf(log)!;
    const jam = dossier.origin.lots[0];
    expect(jam.unattributedLotIds).toEqual(['S']);
    expect(jam.unattributedShare).toBeCloseTo(30 / 130, 6);
    expect(sum(jam.villages.map((v) => v.percent))).toBeCloseTo(100 * (100 / 130), 1);
    expect(dossier.origin.complete).toBe(false);
  });

  it('cites every event by its EPCIS eventID, in log order, and keeps a place for issue 5\'s proofs', () => {
    const log = jamAndHoneyShipment();
    log.record(exported('J1', 40));
    const dossier = dossierOf(log)!;
    const positions = dossier.evidence.events.map((e) => Number(e.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(dossier.evidence.events.every((e) => /^ni:\/\/\/sha-256;/.test(e.epcisEventId))).toBe(true);
    expect(dossier.evidence.events.filter((e) => e.type === 'lot.transformed')).toHaveLength(4);
    expect(new Set(dossier.evidence.events.filter((e) => e.type === 'lot.transformed').map((e) => e.epcisEventId)).size).toBe(1);
    expect(dossier.proofs).toEqual({ status: 'not-yet-available', checkpoint: null, inclusionProofs: [], signatures: [] });
    expect(JSON.stringify(dossierOf(log))).toBe(JSON.stringify(dossier));
  });
});

describe('flags in the origin dossier', () => {
  it('shows a harvest flagged for its origin, and not one an inspector dismissed', () => {
    const log = jamAndHoneyShipment();
    log.record({ type: 'lot.flagged', schemaVersion: 1, data: { lotId: 'H2', flag: 'origin-not-registered', message: 'Ak-Suu is not registered for sea-buckthorn', flaggedAt: at('2026-08-10'), villageId: 'village:ak-suu' } });
    const dismissed = log.record({ type: 'lot.flagged', schemaVersion: 1, data: { lotId: 'S', flag: 'origin-not-registered', message: 'a typo', flaggedAt: at('2026-08-10') } });
    log.record({ type: 'lot.retracted', schemaVersion: 1, data: { lotId: 'S', retractsEventId: dismissed, reason: 'registered since', retractedAt: at('2026-08-11') } });
    log.record(exported('J1', 40));
    expect(dossierOf(log)!.flags).toEqual([
      { lotId: 'H2', flag: 'origin-not-registered', message: 'Ak-Suu is not registered for sea-buckthorn', flaggedAt: at('2026-08-10'), details: { villageId: 'village:ak-suu' }, event: expect.objectContaining({ epcisEventId: expect.stringMatching(/^ni:/) }) },
    ]);
  });
});

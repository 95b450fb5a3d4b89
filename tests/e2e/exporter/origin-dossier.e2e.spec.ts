import { join } from 'node:path';
import { hashEpcisDocument, loadEpcisSchemaValidator, resolveEpcisSchemaDir } from '#tamga/epcis';
import { CERTIFICATE_TEXT } from '#tamga/labels';
import { publicUrlOf } from '#tamga/platform';
import { readPdf } from '../../../libs/labels/src/testing/pdf-reader.testing';
import { decodeQrImage, pageText } from '../../../libs/labels/src/testing/pdf-text.testing';
import { Call, callWith } from '../../support/master-data-api';
import { releaseTestKeys } from '../../support/test-keys';
import { eventually, jsonOf } from '../../support/test-infrastructure';
import { useRunningTamga } from '../../support/use-running-tamga';
import { ExporterJourney, recordExporterJourney } from './exporter-journey';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * An exporter's origin dossier over HTTP: a season recorded with each party's own key, from four
 * villages' harvests through a merge, a cooking and a split to one export shipment of two lots,
 * read back as JSON, as an EPCIS 2.0 document the GS1 schema accepts, and as a certificate of
 * origin PDF in English, Russian, Japanese and Chinese whose QR code opens the verification page.
 */
describe('the origin dossier of an export shipment (HTTP, Kafka, read models)', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  let journey: ExporterJourney;
  let provenance: Call;
  let dossier: any; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    journey = await recordExporterJourney(() => running.tamga.captureUrl);
    provenance = callWith(() => running.tamga.provenanceUrl);
    // Projected when both lots and the whole genealogy are (the two shipped lots, the jam, the berries, their harvests and the sugar): every village is then attributed.
    let last: unknown;
    dossier = await eventually(async () => {
      const response = await provenance('GET', `/exports/${journey.exportId}/dossier`);
      const body = (last = { status: response.status, body: await jsonOf(response) }).body;
      return response.status === 200 && body.shipment.lots.length === 2 && body.origin.complete && body.trace.lots.length === 7 ? body : undefined;
    }, 30_000, `the dossier of ${journey.exportId}`).catch((error) => {
      throw new Error(`${error.message}; last answer: ${JSON.stringify(last).slice(0, 3000)}`);
    });
  }, 120_000);

  it('lists the shipment among the exports, a page at a time', async () => {
    const all = [];
    for (let after: string | null = '', pages = 0; after !== null && pages < 1000; pages++) {
      const page = await jsonOf(await provenance('GET', `/exports?limit=50${after ? `&after=${encodeURIComponent(after)}` : ''}`));
      all.push(...page.items);
      after = page.next;
    }
    const listed = all.find((s: { shipmentId: string }) => s.shipmentId === journey.exportId);
    expect(listed).toMatchObject({
      destinationCountry: 'JP',
      buyer: journey.buyer,
      exporterId: journey.keys.exporter.partyId,
      lots: [{ lotId: journey.lots.bulk, quantity: { amount: 40, unit: 'KGM' } }, { lotId: journey.lots.honey, quantity: { amount: 20, unit: 'KGM' } }].sort((a, b) => a.lotId.localeCompare(b.lotId)),
      links: { self: expect.stringMatching(new RegExp(`/exports/${journey.exportId}/dossier$`)) },
    });
    const ids = all.map((s: { shipmentId: string }) => s.shipmentId);
    expect(ids).toEqual([...ids].sort());
    const bad = await provenance('GET', '/exports?limit=0');
    expect(bad.status).toBe(422);
    expect((await jsonOf(bad)).errors[0]).toMatchObject({ field: 'limit' });
  });

  it('gives the shipment, every village\'s share adding up to 100 %, and producers by party id only', () => {
    const { ids, lots, keys } = journey;
    expect(dossier.shipment).toMatchObject({
      shipmentId: journey.exportId,
      exporterId: keys.exporter.partyId,
      destinationCountry: 'JP',
      buyer: journey.buyer,
      customsDeclaration: `CD-${journey.tag}`,
      certificateOfOrigin: `KG-CO-${journey.tag}`,
      hsCode: '200799',
      exportDate: '2026-09-12',
    });
    // 40 kg of jam (100 kg of berries and 30 kg of sugar in it) and 20 kg of honey: 60 kg weighed together.
    const share = (village: string) => dossier.origin.villages.find((v: { villageId: string }) => v.villageId === village);
    expect(share(ids.ananyevo).share).toBeCloseTo((40 / 60) * (60 / 130), 5);
    expect(share(ids.akSuu).share).toBeCloseTo((40 / 60) * (40 / 130), 5);
    expect(share(ids.kaindy).share).toBeCloseTo((40 / 60) * (30 / 130), 5);
    expect(share(ids.tamga)).toMatchObject({ share: expect.closeTo(20 / 60, 5), names: journey.names.tamga, producerIds: [keys.dastan.partyId] });
    expect(Math.round(sum(dossier.origin.villages.map((v: { percent: number }) => v.percent)) * 100)).toBe(10_000);
    const jam = dossier.origin.lots.find((l: { lotId: string }) => l.lotId === lots.bulk);
    expect(Math.round(sum(jam.villages.map((v: { percent: number }) => v.percent)) * 100)).toBe(10_000);
    // 40 of the 50 kg split off a 121 kg cooking of 60 kg of Ananyevo berries: 60 × 50/121 × 40/50.
    expect(jam.harvests.find((h: { lotId: string }) => h.lotId === lots.h1).contributed.amount).toBeCloseTo((60 * 40) / 121, 2);
    expect(dossier.origin.producers.map((p: { producerId: string }) => p.producerId).sort()).toEqual(
      [keys.aigul, keys.bermet, keys.kanat, keys.dastan].map((k) => k.partyId).sort(),
    );
    const text = JSON.stringify(dossier);
    for (const detail of Object.values(journey.personalDetails)) expect(text).not.toContain(detail);
  });

  it('lists the certificates in force on the export date and the inspections, each citing its event by EPCIS eventID', () => {
    expect(dossier.certifications).toEqual([
      expect.objectContaining({ certificateId: `ORG-${journey.tag}`, lotId: journey.lots.h1, schemeNames: journey.names.organic, validUntil: '2026-12-31', revokedLater: null }),
    ]);
    expect(JSON.stringify(dossier.certifications)).not.toContain(journey.revokedCertificate);
    expect(dossier.inspections).toEqual([expect.objectContaining({ lotId: journey.lots.bulk, outcome: 'passed', inspectorId: journey.keys.lab.partyId })]);
    const cited = new Set(dossier.evidence.events.map((e: { epcisEventId: string }) => e.epcisEventId));
    for (const claim of [...dossier.certifications, ...dossier.inspections, ...dossier.shipment.lots]) expect(cited.has(claim.event.epcisEventId)).toBe(true);
    expect([...cited].every((id) => /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/.test(String(id)))).toBe(true);
    expect(dossier.proofs).toEqual({ status: 'not-yet-available', checkpoint: null, inclusionProofs: [], signatures: [] });
  });

  it('serves the whole trace as an EPCIS 2.0 document the GS1 schema accepts, its eventIDs the ones the dossier cites', async () => {
    const response = await provenance('GET', `/exports/${journey.exportId}/dossier.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(response.headers.get('tamga-epcis-schema')).toMatch(/^validated/);
    const document = await jsonOf(response);
    const validator = loadEpcisSchemaValidator(resolveEpcisSchemaDir(join(__dirname, '..', '..', '..')));
    expect(validator.validate(document)).toEqual({ valid: true, errors: [] });
    const eventIds = document.epcisBody.eventList.map((e: { eventID: string }) => e.eventID);
    // Each eventID is the CBV 2.0 hash of its own event, as a buyer recomputes it.
    expect(hashEpcisDocument(document)).toEqual(eventIds);
    // The document holds every event of the trace; the dossier cites the facts of origin among them.
    const inDocument = new Set(eventIds);
    expect(dossier.evidence.events.filter((e: { epcisEventId: string }) => !inDocument.has(e.epcisEventId))).toEqual([]);
    expect(eventIds.length).toBeGreaterThan(new Set(dossier.evidence.events.map((e: { epcisEventId: string }) => e.epcisEventId)).size);
    const types = document.epcisBody.eventList.map((e: { type: string; bizStep?: string }) => `${e.type} ${e.bizStep ?? ''}`);
    expect(types.filter((t: string) => t.startsWith('TransformationEvent'))).toHaveLength(3);
  });

  it.each(['en', 'ru', 'ja', 'zh'] as const)('prints the certificate of origin in %s: parseable, its labels and names readable, its QR code the verification page', async (lang) => {
    const response = await provenance('GET', `/exports/${journey.exportId}/certificate-of-origin.pdf?lang=${lang}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-language')).toBe(lang);
    const pdf = readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pageTree.value).toContain(`/Count ${pdf.pages.length}`);
    const text = pdf.pages.map((_, i) => pageText(pdf, i).join('\n')).join('\n');
    const t = CERTIFICATE_TEXT[lang];
    for (const label of [t.title, t.consignee, t.countryOfOrigin, t.kyrgyzRepublic, t.origin, t.certifications]) expect(text).toContain(label);
    for (const village of ['ananyevo', 'akSuu', 'kaindy', 'tamga'] as const) expect(text).toContain(journey.names[village][lang]);
    expect(text).toContain(journey.names.jam[lang]);
    expect(text).toContain(journey.names.organic[lang]);
    expect(text).toContain(journey.buyer.name);
    expect(text).toContain(`KG-CO-${journey.tag}`);
    expect(text).not.toContain(journey.personalDetails.personName);
    expect(text).not.toContain('\ufffd');
    const verify = `${publicUrlOf()}/exports/${journey.exportId}/verify`;
    expect(decodeQrImage(pdf, 0)).toBe(verify);
  });

  it('chooses the certificate\'s language from Accept-Language when no ?lang= is given', async () => {
    const response = await provenance('GET', `/exports/${journey.exportId}/certificate-of-origin.pdf`, undefined, { 'Accept-Language': 'de-DE, zh-CN;q=0.8, en;q=0.5' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe('zh');
    expect(response.headers.get('vary')).toMatch(/Accept-Language/);
  });

  it('answers the verification page the QR code opens', async () => {
    const response = await provenance('GET', `/exports/${journey.exportId}/verify`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain(journey.exportId);
    expect(html).toContain('Ananyevo');
  });

  it('refuses a malformed shipment id or language with a 400, and an unknown shipment with a 404, naming field and rule', async () => {
    const problems = [
      [`/exports/${encodeURIComponent('-bad id')}/dossier`, 400, 'shipmentId', 'fact-id'],
      [`/exports/${encodeURIComponent('no/such')}/dossier.jsonld`, 400, 'shipmentId', 'fact-id'],
      [`/exports/${journey.exportId}/certificate-of-origin.pdf?lang=de`, 400, 'lang', 'certificate-language'],
      ['/exports/EX-NEVER-RECORDED/dossier', 404, 'shipmentId', 'recorded-export'],
      ['/exports/EX-NEVER-RECORDED/certificate-of-origin.pdf', 404, 'shipmentId', 'recorded-export'],
      ['/exports/EX-NEVER-RECORDED/verify', 404, 'shipmentId', 'recorded-export'],
    ] as const;
    for (const [path, status, field, rule] of problems) {
      const response = await provenance('GET', path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      if (field) expect((await jsonOf(response)).errors[0]).toMatchObject({ field, rule });
    }
  });
});

import { demoGln, demoGtin13 } from '#tamga/domain';
import { decodePicture } from '../../libs/labels/src/testing/decode-qr.testing';
import { readPdf } from '../../libs/labels/src/testing/pdf-reader.testing';
import { readPng } from '../../libs/labels/src/testing/png-reader.testing';
import { Call, callWith } from '../support/master-data-api';
import { TestKey, adminKey, partyWithKey, releaseTestKeys } from '../support/test-keys';
import { eventually, jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

const PUBLIC_URL = 'https://tamga.example.kg';

/**
 * A producer packs honey into jars over HTTP with her own key; the provenance service then gives
 * the QR codes of the lot and of each jar (decoded here by jsQR, an independent reader: they must
 * carry the Digital Links on the public host), and the label sheet of the packing run.
 */
describe('QR codes and label sheets (HTTP, Kafka, read models)', () => {
  // Set before the services start (the public URL is read once, at start), and put back after.
  const previousPublicUrl = process.env.TAMGA_PUBLIC_URL;
  beforeAll(() => {
    process.env.TAMGA_PUBLIC_URL = `${PUBLIC_URL}/`;
  });
  afterAll(() => {
    if (previousPublicUrl === undefined) delete process.env.TAMGA_PUBLIC_URL;
    else process.env.TAMGA_PUBLIC_URL = previousPublicUrl;
  });
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  const tag = unique('').slice(0, 6);
  const ids = { region: `region:issyk-kul-${tag}`, district: `district:ton-${tag}`, village: `village:tamga-${tag}`, apiary: `apiary:slope-${tag}`, honey: `product:honey-${tag}` };
  const lotId = unique('HQ-');
  const serials = Array.from({ length: 23 }, (_, i) => `J${String(i + 1).padStart(4, '0')}`);
  let gtin14: string;
  let producer: TestKey;
  let provenance: Call;
  let packingEventId: string;

  const record = async (key: TestKey, path: string, body: unknown) => {
    const response = await callWith(() => running.tamga.captureUrl, () => key.headers)('POST', path, body);
    const answer = await jsonOf(response);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer.recorded as { eventId: string; type: string }[];
  };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${running.tamga.provenanceUrl}${path}`, { headers });
  const decodePng = async (response: Response) => {
    const image = readPng(Buffer.from(await response.arrayBuffer()));
    return decodePicture(image.width, image.height, image.isBlack)?.text;
  };

  beforeAll(async () => {
    const admin = await adminKey();
    provenance = callWith(() => running.tamga.provenanceUrl);
    const names = (en: string) => ({ ky: en, ru: en, en });
    const gln = (n: number) => demoGln('7700', String(Math.floor(Math.random() * 900) * 100 + n).padStart(5, '0'));
    await record(admin, '/places', { placeId: ids.region, kind: 'region', names: names('Issyk-Kul'), gln: gln(3) });
    await record(admin, '/places', { placeId: ids.district, kind: 'district', names: names('Ton'), parentId: ids.region, gln: gln(4) });
    await record(admin, '/places', { placeId: ids.village, kind: 'village', names: names('Tamga'), parentId: ids.district, gln: gln(1), geometry: { type: 'Point', coordinates: [77.551, 42.155] } });
    await record(admin, '/places', { placeId: ids.apiary, kind: 'apiary', names: names('Sainfoin slope'), parentId: ids.village, gln: gln(2) });
    const gtin13 = demoGtin13('7700', String(Math.floor(Math.random() * 100_000)).padStart(5, '0'));
    gtin14 = `0${gtin13}`;
    await record(admin, '/products', { productId: ids.honey, gtin: gtin13, names: names('White sainfoin honey'), category: 'honey', unit: 'kg' });
    await record(admin, `/villages/${ids.village}/specialisations`, { productId: ids.honey, since: '2012-05-01' });
    producer = await partyWithKey({ partyId: `producer:qr-${tag}`, kinds: ['producer'], operatesPlaceIds: [ids.apiary] });
    await record(producer, '/harvests', {
      lotId, villageId: ids.village, productId: ids.honey, placeId: ids.apiary, quantity: { amount: 30, unit: 'kg' },
      harvestedAt: '2026-07-11T06:30:00+06:00', location: { latitude: 42.15, longitude: 77.56 },
    });
    const [packed] = await record(producer, `/lots/${lotId}/packings`, {
      packingId: `P-${tag}`, placeId: ids.apiary, unitSize: { amount: 500, unit: 'g' }, serials, packedAt: '2026-07-22T10:00:00+06:00',
    });
    packingEventId = packed.eventId;
    await eventually(async () => {
      const response = await provenance('GET', `/lots/${lotId}`);
      return response.status === 200 && (await jsonOf(response)).packedUnits === serials.length ? true : undefined;
    }, 15_000, `lot ${lotId} packed in the read model`);
  }, 90_000);

  it("serves the lot's QR code as SVG and PNG carrying its Digital Link on the public host, cacheable for good", async () => {
    const lotLink = `${PUBLIC_URL}/01/${gtin14}/10/${lotId}`;
    const png = await get(`/lots/${lotId}/qr.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await decodePng(png)).toBe(lotLink);

    const svg = await get(`/lots/${lotId}/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const body = await svg.text();
    expect(body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(body).toContain(`aria-label="${lotLink}"`);
    const etag = svg.headers.get('etag')!;
    const again = await get(`/lots/${lotId}/qr.svg`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it("serves each jar's QR code, /21/{serial} on the lot's link, and only for serials packed from the lot", async () => {
    const png = await get(`/lots/${lotId}/units/J0007/qr.png`);
    expect(png.status).toBe(200);
    expect(await decodePng(png)).toBe(`${PUBLIC_URL}/01/${gtin14}/10/${lotId}/21/J0007`);
    expect((await get(`/lots/${lotId}/units/J0023/qr.svg`)).status).toBe(200);

    const notPacked = await get(`/lots/${lotId}/units/J0024/qr.svg`);
    expect(notPacked.status).toBe(404);
    expect(notPacked.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(notPacked.headers.get('cache-control')).toBeNull();
    expect(await jsonOf(notPacked)).toMatchObject({ code: 'UNIT.NOT_FOUND', errors: [{ field: 'serial', rule: 'packed-unit' }] });
  });

  it('answers a malformed path with 400 naming the field and rule, an unknown lot with 404, never a 500', async () => {
    const cases: [string, number, string, string][] = [
      [`/lots/${lotId}/units/J%200001/qr.png`, 400, 'serial', 'gs1-serial'],
      [`/lots/${'x'.repeat(21)}/qr.svg`, 400, 'lotId', 'gs1-lot-code'],
      [`/lots/-bad/units/J0001/qr.svg`, 400, 'lotId', 'gs1-lot-code'],
      [`/lots/${lotId}/packings/bad%20id/labels.pdf`, 400, 'packingId', 'fact-id'],
      [`/lots/${unique('NO-')}/qr.png`, 404, 'lotId', 'recorded-lot'],
      [`/lots/${unique('NO-')}/units/J0001/qr.svg`, 404, 'lotId', 'recorded-lot'],
      [`/lots/${lotId}/packings/P-none/labels.pdf`, 404, 'packingId', 'recorded-packing'],
    ];
    for (const [path, status, field, rule] of cases) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await jsonOf(response)).errors).toEqual([expect.objectContaining({ field, rule })]);
    }
  });

  it('serves the packing run as an A4 PDF, 21 labels a page, one per jar with its serial, lot, GTIN and product', async () => {
    const response = await get(`/lots/${lotId}/packings/P-${tag}/labels.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="labels-${lotId}-P-${tag}.pdf"`);
    const pdf = readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pdf.pages).toHaveLength(2);
    const text = [pdf.content(0), pdf.content(1)].join('');
    for (const serial of serials) expect(text).toContain(`(Serial ${serial}) Tj`);
    expect(text).toContain(`(Lot ${lotId}) Tj`);
    expect(text).toContain(`(GTIN ${gtin14}) Tj`);
    expect(text).toContain('(White sainfoin) Tj');
    expect(text.match(/\(Made in Kyrgyzstan\) Tj/g)).toHaveLength(serials.length);
  });

  it('has no labels for a packing once it is retracted', async () => {
    await record(producer, `/lots/${lotId}/retractions`, { retractsEventId: packingEventId, reason: 'jars packed on the wrong lot', retractedAt: '2026-07-23T09:00:00+06:00' });
    const gone = await eventually(async () => {
      const response = await get(`/lots/${lotId}/packings/P-${tag}/labels.pdf`);
      return response.status === 404 ? response : undefined;
    }, 15_000, 'the retraction in the read model');
    expect(await jsonOf(gone)).toMatchObject({ code: 'PACKING.RETRACTED', errors: [{ field: 'packingId', rule: 'not-retracted' }] });
    expect((await get(`/lots/${lotId}/units/J0001/qr.svg`)).status).toBe(404);
    // The lot itself still has its code.
    expect((await get(`/lots/${lotId}/qr.svg`)).status).toBe(200);
  });
});

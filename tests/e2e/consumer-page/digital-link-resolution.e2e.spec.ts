import { gunzipSync } from 'node:zlib';
import { demoGtin13, gtinOf } from '#tamga/domain';
import { useRunningTamga } from '../../support/use-running-tamga';
import { partyWithKey, releaseTestKeys } from '../../support/test-keys';
import { eventually, jsonOf } from '../../support/test-infrastructure';
import { HoneyJourney, recordHoneyJourney } from './honey-journey';
import { rawGet } from './raw-get';

/**
 * GS1 Digital Link resolution on the provenance service, over HTTP against a journey recorded
 * through the capture API, Kafka and the read models: what a phone, a program and a GS1 resolver
 * client each get for a code, and what an unknown or malformed code gets.
 */
describe('resolving a GS1 Digital Link (HTTP)', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  let journey: HoneyJourney;
  const url = (path: string) => `${running.tamga.provenanceUrl}${path}`;
  const lotPath = () => `/01/${journey.honeyGtin}/10/${journey.honeyLot}`;
  const html = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url(path), { headers: { accept: 'text/html', ...headers } });
    return { response, text: await response.text() };
  };
  const json = async (path: string, accept = 'application/json') => {
    const response = await fetch(url(path), { headers: { accept } });
    return { response, body: await jsonOf(response) };
  };

  beforeAll(async () => {
    journey = await recordHoneyJourney(() => running.tamga.captureUrl, () => running.tamga.provenanceUrl);
  }, 120_000);

  it('gives a browser the story of the lot, in one HTML page that needs no script', async () => {
    const { response, text } = await html(lotPath(), { 'accept-language': 'en' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-language')).toBe('en');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(text).not.toMatch(/<script/i);
    expect(text).toContain('<h1>White sainfoin honey</h1>');
    expect(text).toContain('Tamga, Jeti-Oguz District, Issyk-Kul Region');
    expect(text).toContain('Barskoon, Jeti-Oguz District, Issyk-Kul Region');
    expect(text).toContain('Tamga apiary 1');
    expect(text).toMatch(/<time datetime="2026-06-10">June 10, 2026<\/time>/);
    expect(text).toContain('<b>Extraction</b>');
    expect(text).toContain('20 × 500 g');
    expect(text).toContain('OVOP shop, Bishkek');
    expect(text).toContain('Exported to Japan');
    expect(text).toContain('Moisture');
    expect(text.match(/<circle class="origin"/g)?.length).toBe(2);
    expect(text).toContain('Some units of this lot are recalled (1).');
  });

  it('shows only the certifications valid today: not the revoked halal one, not the regional brand whose period ended', async () => {
    const { text } = await html(lotPath(), { 'accept-language': 'en' });
    expect(text).toContain('<b>Organic</b>');
    expect(text).toContain('<b>Made in Kyrgyzstan</b>');
    expect(text).not.toContain('Halal');
    expect(text).not.toContain('Issyk-Kul regional brand');
    const { body } = await json(lotPath());
    expect(body.certificates.map((c: { certificateId: string }) => c.certificateId.split('-')[0]).sort()).toEqual(['MIK', 'ORG']);
  });

  it('writes the page in the language asked for (?lang= first, then Accept-Language), each field falling back on its own', async () => {
    const ja = await html(lotPath(), { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' });
    expect(ja.response.headers.get('content-language')).toBe('ja');
    expect(ja.text).toContain('<html lang="ja">');
    expect(ja.text).toContain('<h1>白いイガマメ蜂蜜</h1>');
    // The villages have no Japanese names: their English ones stand in, marked as English.
    expect(ja.text).toContain('<span lang="en">Tamga</span>');
    expect(ja.text).toContain('<b>有機</b>');
    expect(ja.text).toContain('<b><span lang="en">Made in Kyrgyzstan</span></b>');
    const ky = await html(`${lotPath()}?lang=ky`, { 'accept-language': 'ja' });
    expect(ky.response.headers.get('content-language')).toBe('ky');
    expect(ky.text).toContain('<h1>Ак эспарцет балы</h1>');
    expect(ky.text).toContain('Тамга, Жети-Өгүз району, Ысык-Көл облусу');
    expect(ky.text).not.toContain('<span lang=');
    const russianReader = await html(lotPath(), { 'accept-language': 'kk-KZ' });
    expect(russianReader.response.headers.get('content-language')).toBe('ru');
    const noPreference = await html(lotPath());
    expect(noPreference.response.headers.get('content-language')).toBe('ky');
    for (const lang of ['ky', 'ru', 'en', 'ja', 'zh']) expect(ja.text).toContain(`href="${lotPath()}?lang=${lang}"`);
  });

  it('tells a unit its own story: its sale, or its recall', async () => {
    const sold = await html(`${lotPath()}/21/J0002?lang=en`);
    expect(sold.response.status).toBe(200);
    expect(sold.text).toContain('Serial number <code>J0002</code>');
    expect(sold.text).toMatch(/This unit was sold: OVOP shop, Bishkek, <time datetime="2026-07-05">/);
    const recalled = await html(`${lotPath()}/21/J0005?lang=en`);
    expect(recalled.text).toContain('role="alert"');
    expect(recalled.text).toContain('This unit is recalled: do not use it.');
    expect(recalled.text).toContain('Cracked lid');
    const fine = await html(`${lotPath()}/21/J0006?lang=en`);
    expect(fine.text).not.toContain('role="alert"');
  });

  it('follows a lot made from other lots back to every harvest, through every step', async () => {
    const { response, text } = await html(`/01/${journey.honeyGtin}/10/${journey.giftLot}?lang=en`);
    expect(response.status).toBe(200);
    expect(text).toContain('Tamga, Jeti-Oguz District, Issyk-Kul Region');
    expect(text).toContain('Barskoon, Jeti-Oguz District, Issyk-Kul Region');
    expect(text).toMatch(/<li><b>Extraction<\/b> · <time datetime="2026-06-20">.*<\/li><li><b>Lot divided<\/b> · <time datetime="2026-07-11">/);
    expect(text).toContain('Its origin is traced through 3 earlier lots.');
    const { body } = await json(`/01/${journey.honeyGtin}/10/${journey.giftLot}`);
    expect(body).toMatchObject({ kind: 'lot', harvestCount: 2, originsComplete: true, steps: [{ kind: 'transformation' }, { kind: 'split' }] });
    // The gift jars were split off before the jar recall, which named honey jars, not these.
    expect(body.banners).toEqual([]);
  });

  it('puts a clear recall banner on a recalled lot', async () => {
    const { response, text } = await html(`/01/${journey.combGtin}/10/${journey.recalledLot}?lang=ru`);
    expect(response.status).toBe(200);
    expect(text).toContain('<div class="banner stop" role="alert" id="recall"><strong>Отозвано: не используйте этот товар.');
    expect(text).toContain('Smoke residue found in the comb');
  });

  it('gives a program the story as JSON, and a GS1 resolver client an RFC 9264 linkset', async () => {
    const { response, body } = await json(`${lotPath()}/21/J0005`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body).toMatchObject({
      kind: 'unit',
      digitalLink: url(`${lotPath()}/21/J0005`),
      canonical: `https://id.gs1.org/01/${journey.honeyGtin}/21/J0005`,
      lotId: journey.honeyLot,
      product: { id: journey.ids.honey, names: { ja: '白いイガマメ蜂蜜' } },
      banners: [{ kind: 'unit-recalled', reason: 'Cracked lid', date: '2026-07-12' }],
      exports: [{ country: 'JP', firstExport: '2026-07-10' }],
    });
    expect(body.origins.map((g: { village: { id: string } }) => g.village.id).sort()).toEqual([journey.ids.barskoon, journey.ids.tamga].sort());

    const linkset = await json(lotPath(), 'application/linkset+json');
    expect(linkset.response.headers.get('content-type')).toBe('application/linkset+json');
    const [context] = linkset.body.linkset;
    expect(linkset.body.linkset).toHaveLength(1);
    expect(context.anchor).toBe(url(lotPath()));
    expect(context['https://gs1.org/voc/pip'].map((l: { hreflang: string[] }) => l.hreflang[0])).toEqual(['ky', 'ru', 'en', 'ja', 'zh']);
    expect(context['https://gs1.org/voc/pip'][3]).toEqual({ href: `${url(lotPath())}?lang=ja`, title: '白いイガマメ蜂蜜', type: 'text/html', hreflang: ['ja'] });
    expect(context['https://gs1.org/voc/defaultLink']).toEqual([{ href: url(lotPath()), title: 'White sainfoin honey', type: 'text/html' }]);
    expect(context['https://gs1.org/voc/traceability']).toEqual([expect.objectContaining({ href: url(`/lots/${journey.honeyLot}`), type: 'application/json' })]);
    expect(context['https://gs1.org/voc/certificationInfo'].map((l: { title: string }) => l.title).sort()).toEqual(['Made in Kyrgyzstan', 'Organic']);
    // Every key is the anchor, a registered relation name or a URI (the GS1 linkset schema's rule).
    for (const key of Object.keys(context)) expect(key).toMatch(/^(anchor|[a-z-]+|https?:\/\/[A-Za-z0-9./]+)$/);
    const byQuery = await json(`${lotPath()}?linkType=linkset`, 'text/html');
    expect(byQuery.body).toEqual(linkset.body);
    const page = await fetch(url(lotPath()), { headers: { accept: 'text/html' } });
    expect(page.headers.get('link')).toBe(`<${lotPath()}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`);
    expect(page.headers.get('vary')).toBe('Accept, Accept-Language, Accept-Encoding');
  });

  it('answers /01/{gtin} with the product and links to its lots', async () => {
    const { response, text } = await html(`/01/${journey.honeyGtin}?lang=en`);
    expect(response.status).toBe(200);
    expect(text).toContain('<h1>White sainfoin honey</h1>');
    expect(text).toContain(`href="${lotPath()}?lang=en"`);
    // A GTIN-13 is the same code as its GTIN-14.
    const short = await json(`/01/${journey.honeyGtin.slice(1)}/10/${journey.honeyLot}`);
    expect(short.body.digitalLink).toBe(url(lotPath()));
  });

  it('sends a strong ETag and Cache-Control, and a 304 when the page has not changed', async () => {
    const first = await fetch(url(lotPath()), { headers: { accept: 'text/html', 'accept-language': 'en' } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await fetch(url(lotPath()), { headers: { accept: 'text/html', 'accept-language': 'en', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherLanguage = await fetch(url(lotPath()), { headers: { accept: 'text/html', 'accept-language': 'ru' } });
    expect(otherLanguage.headers.get('etag')).not.toBe(etag);
    const stale = await fetch(url(lotPath()), { headers: { accept: 'text/html', 'accept-language': 'en', 'if-none-match': '"not-this-one"' } });
    expect(stale.status).toBe(200);
    const head = await fetch(url(lotPath()), { method: 'HEAD', headers: { accept: 'text/html', 'accept-language': 'en' } });
    expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([200, etag, '']);
  });

  it('changes the ETag when the lot changes', async () => {
    const before = (await fetch(url(`${lotPath()}?lang=en`))).headers.get('etag');
    const unitPath = `${lotPath()}/21/J0003?lang=en`;
    const unitBefore = (await fetch(url(unitPath))).headers.get('etag');
    // A new fact on the lot: a lab re-test. The page (after its 2 s in the cache) carries a new ETag.
    const inspector = await partyWithKey({ kinds: ['inspector'] });
    const response = await fetch(`${running.tamga.captureUrl}/lots/${journey.honeyLot}/inspections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...inspector.headers },
      body: JSON.stringify({ results: [{ parameter: 'diastase activity', value: 14, unit: 'DN', min: 8 }], inspectedAt: '2026-07-20T10:00:00+06:00' }),
    });
    expect([response.status, await response.text()]).toEqual([201, expect.any(String)]);
    const after = await eventually(async () => {
      const etag = (await fetch(url(`${lotPath()}?lang=en`))).headers.get('etag');
      return etag !== before ? etag : undefined;
    }, 15_000, 'a new ETag');
    expect(after).not.toBe(before);
    await eventually(async () => ((await fetch(url(unitPath))).headers.get('etag') !== unitBefore ? true : undefined), 15_000, "the unit page's new ETag");
  });

  it('stays within 50 KB on the wire, gzipped for a browser that accepts it', async () => {
    const raw = await rawGet(url(lotPath()), { accept: 'text/html', 'accept-language': 'ja', 'accept-encoding': 'gzip, deflate, br' });
    expect(raw.status).toBe(200);
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.body.length).toBeLessThan(50 * 1024);
    const page = gunzipSync(raw.body).toString('utf8');
    expect(page).toContain('白いイガマメ蜂蜜');
    // Even a client that takes no compression gets less than 50 KB.
    const identity = await rawGet(url(lotPath()), { accept: 'text/html', 'accept-language': 'ru' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBeLessThan(50 * 1024);
    // gzip and identity bytes differ, so their strong ETags do too.
    const gzipEtag = (await rawGet(url(lotPath()), { accept: 'text/html', 'accept-language': 'ru', 'accept-encoding': 'gzip' })).headers.etag;
    expect(gzipEtag).not.toBe(identity.headers.etag);
  });

  it('answers an unknown code with a friendly 404 page, or problem+json for a program', async () => {
    const unknownLot = `/01/${journey.honeyGtin}/10/NO-SUCH-LOT`;
    const page = await html(`${unknownLot}?lang=en`);
    expect(page.response.status).toBe(404);
    expect(page.response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('We don’t know this code');
    const problem = await json(unknownLot);
    expect(problem.response.status).toBe(404);
    expect(problem.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(problem.body).toMatchObject({ status: 404, code: 'DIGITAL_LINK.UNKNOWN' });
    // Known lot, wrong product; a serial never packed; a GTIN no product has; a serial without its lot.
    for (const path of [
      `/01/${journey.combGtin}/10/${journey.honeyLot}`,
      `${lotPath()}/21/J9999`,
      `/01/${gtinOf(demoGtin13('9876', '54321'))}`,
      `/01/${journey.honeyGtin}/21/J0001`,
      `/01/${journey.honeyGtin}/10/A%2FB`,
    ]) {
      expect([path, (await fetch(url(path), { headers: { accept: 'application/json' } })).status]).toEqual([path, 404]);
    }
  });

  it('answers a malformed code with a 400: a page naming what is wrong, or problem+json', async () => {
    const badCheckDigit = `/01/${journey.honeyGtin.slice(0, 13)}${(Number(journey.honeyGtin[13]) + 1) % 10}/10/${journey.honeyLot}`;
    const page = await html(`${badCheckDigit}?lang=en`);
    expect(page.response.status).toBe(400);
    expect(page.text).toContain('This code cannot be read');
    expect(page.text).toContain('the product number’s check digit does not match');
    const problem = await json(badCheckDigit);
    expect(problem.response.status).toBe(400);
    expect(problem.body).toMatchObject({ code: 'DIGITAL_LINK.MALFORMED', errors: [{ field: 'gtin', rule: 'gs1-check-digit' }] });
    for (const [path, rule] of [
      ['/01/abc', 'digits-only'],
      [`/01/${journey.honeyGtin}/10`, 'ai-value-pairs'],
      [`/01/${journey.honeyGtin}/21/J1/10/L1`, 'key-qualifier-order'],
      [`/01/${journey.honeyGtin}/99/x`, 'known-key-qualifier'],
      [`/01/${journey.honeyGtin}/10/%ZZ`, 'percent-encoding'],
      [`/01/${journey.honeyGtin}/10/L1%E0%A4%A`, 'percent-encoding'],
      [`/01/${journey.honeyGtin}/10/${'x'.repeat(21)}`, 'gs1-cset-82'],
      ['/01', 'digital-link-path'],
      ['/01/', 'digital-link-path'],
    ]) {
      const response = await fetch(url(path), { headers: { accept: 'application/json' } });
      expect([path, response.status]).toEqual([path, 400]);
      const body = await jsonOf(response);
      expect([path, body.errors?.[0]?.rule ?? JSON.stringify(body)]).toEqual([path, rule]);
    }
    // The router itself refuses a broken escape; a browser still gets the page, in its language.
    const broken = await html(`/01/${journey.honeyGtin}/10/%ZZ`, { 'accept-language': 'ru' });
    expect(broken.response.status).toBe(400);
    expect(broken.text).toContain('Этот код не удаётся прочитать');
  });

  it('reads the longest codes a label can carry, every character escaped', async () => {
    const escaped = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
    const response = await fetch(url(`/01/${journey.honeyGtin}/10/${escaped('A'.repeat(20))}/21/${escaped('9'.repeat(20))}`), { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).code).toBe('DIGITAL_LINK.UNKNOWN');
  });

  it("counts each person's scan per code and day, and keeps nothing else", async () => {
    const unit = `${lotPath()}/21/J0010`;
    for (let i = 0; i < 3; i++) expect((await fetch(url(unit), { headers: { accept: 'text/html', 'user-agent': 'Mozilla/5.0 (Test phone)' } })).status).toBe(200);
    // Not scans: switching language, a program reading JSON, an unknown code.
    await fetch(url(`${unit}?lang=ja`), { headers: { accept: 'text/html' } });
    await fetch(url(unit), { headers: { accept: 'application/json' } });
    await fetch(url(`${lotPath()}/21/J9999`), { headers: { accept: 'text/html' } });
    const scans = await jsonOf(await fetch(url(`/scans?gtin=${journey.honeyGtin}&lot=${journey.honeyLot}&serial=J0010`)));
    expect(scans).toMatchObject({ gtin: journey.honeyGtin, lot: journey.honeyLot, serial: 'J0010', total: 3, codes: [{ lot: journey.honeyLot, serial: 'J0010', scans: 3 }] });
    expect(scans.days).toHaveLength(1);
    const { rows } = await running.pool.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'consumer' AND table_name = 'scan_counts' ORDER BY ordinal_position`,
    );
    expect(rows.map((r) => r.column_name)).toEqual(['gtin', 'lot', 'serial', 'day', 'scans']);
    const bad = await fetch(url(`/scans?gtin=${journey.honeyGtin.slice(0, 13)}0&from=2026-08-02&to=2026-08-01`));
    expect(bad.status).toBe(422);
  });
});

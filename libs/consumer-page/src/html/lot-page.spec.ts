import { gzipSync } from 'node:zlib';
import { PAGE_LANGUAGES } from '../language/languages';
import { buildLotStory } from '../story/build-lot-story';
import { HONEY_GTIN, MASTER_DATA, event, honeySource } from '../story/story-fixture.testing';
import { renderErrorPage } from './error-page';
import { renderLotPage } from './lot-page';

const path = `/01/${HONEY_GTIN}/10/HN-1`;
const story = buildLotStory(honeySource(), MASTER_DATA, { gtin: HONEY_GTIN, lot: 'HN-1' }, '2026-07-30')!;
const page = (lang: (typeof PAGE_LANGUAGES)[number], s = story) => renderLotPage(s, lang, path, `${path}?linkType=linkset`);

describe('the consumer page', () => {
  it.each(PAGE_LANGUAGES)('in %s is one small document with no script and nothing to fetch', (lang) => {
    const html = page(lang);
    expect(html.startsWith(`<!doctype html><html lang="${lang}">`)).toBe(true);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|<img|@import|url\(|https?:\/\//i);
    expect(Buffer.byteLength(html)).toBeLessThan(30_000);
    expect(gzipSync(html).length).toBeLessThan(10_000);
  });

  it('names the product and village from master data in the reader language', () => {
    expect(page('ky')).toContain('<h1>Ак эспарцет балы</h1>');
    expect(page('ru')).toContain('Барскоон, Джети-Огузский район, Иссык-Кульская область');
    expect(page('ja')).toContain('<h1>白いイガマメ蜂蜜</h1>');
  });

  it('marks a name that fell back to another language with that language', () => {
    expect(page('ja')).toContain('<span lang="en">Tamga</span>');
    expect(page('zh')).toContain('<span lang="en">Jeti-Oguz District</span>');
    expect(page('en')).not.toContain('<span lang=');
  });

  it('has a switcher with a plain link to each language, the current one marked', () => {
    const html = page('ja');
    for (const lang of PAGE_LANGUAGES) expect(html).toContain(`href="${path}?lang=${lang}" hreflang="${lang}"`);
    expect(html).toContain('hreflang="ja" lang="ja" aria-current="page">日本語</a>');
  });

  it('draws the harvest places on the map of Kyrgyzstan, with Issyk-Kul', () => {
    const html = page('en');
    expect(html.match(/<circle class="origin"/g)).toHaveLength(2);
    expect(html).toContain('>Issyk-Kul</text>');
  });

  it('shows the certifications valid today, the lab results and where it was sold', () => {
    const html = page('en');
    expect(html).toContain('<b>Organic</b>');
    expect(html).toContain('<b>Made in Kyrgyzstan</b>');
    expect(html).toContain('Moisture');
    expect(html).toContain('OVOP shop, Bishkek');
    expect(html).toContain('Exported to Japan');
  });

  it("shows a recall's reason as recorded, escaped", () => {
    const recalled = honeySource([event('lot.recalled', '2026-08-08T04:00:00Z', { recallId: 'R-1', scope: 'whole-lot', reason: '<b>glass</b> & "metal"', recalledAt: '2026-08-08T04:00:00Z' })], { recallId: 'R-1' });
    const html = page('ky', buildLotStory(recalled, MASTER_DATA, { gtin: HONEY_GTIN, lot: 'HN-1' }, '2026-08-10')!);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Кайтарылып алынган');
    expect(html).toContain('&lt;b&gt;glass&lt;/b&gt; &amp; &quot;metal&quot;');
  });

  it('says what went wrong with a code, in the reader language', () => {
    expect(renderErrorPage('not-found', 'ru', path)).toContain('Этот код нам неизвестен');
    expect(renderErrorPage('malformed', 'ja', '/01/123', 'check-digit')).toContain('チェックデジット');
  });
});

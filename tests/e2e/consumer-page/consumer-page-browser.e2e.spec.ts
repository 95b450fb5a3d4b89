import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { releaseTestKeys } from '../../support/test-keys';
import { useRunningTamga } from '../../support/use-running-tamga';
import { HoneyJourney, recordHoneyJourney } from './honey-journey';
import { launchChromium, phoneContext } from './headless-chromium';

/** Where the screenshots go: git-ignored (.tamga/), kept after the run for a person to look at. */
const SCREENSHOTS = join(__dirname, '..', '..', '..', '.tamga', 'screenshots', 'consumer-page');

/** What each language's page must show of the recorded journey. */
const EXPECTED = {
  ky: { product: 'Ак эспарцет балы', village: 'Тамга, Жети-Өгүз району, Ысык-Көл облусу', harvested: '2026-ж., 10-июнь', organic: 'Органикалык продукция' },
  ja: { product: '白いイガマメ蜂蜜', village: 'Tamga, Jeti-Oguz District, Issyk-Kul Region', harvested: '2026年6月10日', organic: '有機' },
  en: { product: 'White sainfoin honey', village: 'Tamga, Jeti-Oguz District, Issyk-Kul Region', harvested: 'June 10, 2026', organic: 'Organic' },
  ru: { product: 'Белый эспарцетовый мёд', village: 'Тамга, Джети-Огузский район, Иссык-Кульская область', harvested: '10 июня 2026 г.', organic: 'Органическая продукция' },
  zh: { product: '白色驴食草蜂蜜', village: 'Tamga, Jeti-Oguz District, Issyk-Kul Region', harvested: '2026年6月10日', organic: '有机' },
} as const;

/**
 * The consumer page as a person sees it: Debian's Chromium, headless, a 360×740 phone screen,
 * JavaScript off, every request off 127.0.0.1 refused. Screenshots in ky, ja, en (and ru, zh),
 * of a recalled lot and of a recalled unit, go to .tamga/screenshots/consumer-page/.
 */
describe('the consumer page in a phone browser (headless Chromium)', () => {
  const running = useRunningTamga();
  let journey: HoneyJourney;
  let browser: Browser;
  const lotPath = () => `/01/${journey.honeyGtin}/10/${journey.honeyLot}`;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [journey, browser] = await Promise.all([
      recordHoneyJourney(() => running.tamga.captureUrl, () => running.tamga.provenanceUrl),
      launchChromium(),
    ]);
  }, 120_000);
  /** Bytes each page took on the wire, written beside the screenshots for a person to read. */
  const transferredBytes: Record<string, number> = {};
  afterAll(async () => {
    writeFileSync(join(SCREENSHOTS, 'transferred-bytes.json'), `${JSON.stringify(transferredBytes, null, 2)}\n`);
    await browser?.close();
    await releaseTestKeys();
  });

  /** Opens a page in a fresh phone context; returns what the browser fetched for it. */
  async function open(path: string, locale: string, shot: string, run: (page: Page) => Promise<void>): Promise<void> {
    const { context, offSite } = await phoneContext(browser, locale);
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        requests.push(request.url());
        // What crossed the wire for it: headers and the (gzipped) body, as the browser counted them.
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      const response = await page.goto(`${running.tamga.provenanceUrl}${path}`, { waitUntil: 'load' });
      expect(response).not.toBeNull();
      await run(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${shot}.png`), fullPage: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${shot}-first-screen.png`) });
      // One request, the page itself: no script, style sheet, font, image or map tile.
      expect(requests).toEqual([`${running.tamga.provenanceUrl}${path}`]);
      const transferred = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      transferredBytes[shot] = transferred;
      expect(transferred).toBeGreaterThan(1_000);
      expect(transferred).toBeLessThanOrEqual(50 * 1024);
      expect(offSite).toEqual([]);
      // Readable at 360 px: nothing wider than the screen, so no sideways scrolling.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    } finally {
      await context.close();
    }
  }

  it.each(['ky', 'ja', 'en', 'ru', 'zh'] as const)('tells the story in %s, chosen by the browser language, with JavaScript off', async (lang) => {
    const expected = EXPECTED[lang];
    await open(lotPath(), lang === 'zh' ? 'zh-CN' : lang, `lot-${lang}`, async (page) => {
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expect(page.locator('h1').textContent()).resolves.toBe(expected.product);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('#origin').innerText()).toContain(expected.village);
      expect(await page.locator('#origin time[datetime="2026-06-10"]').innerText()).toBe(expected.harvested);
      // The map: Kyrgyzstan, Issyk-Kul and a mark per harvest place, drawn inline and visible.
      const map = page.locator('#origin svg');
      expect(await map.isVisible()).toBe(true);
      expect((await map.boundingBox())!.width).toBeGreaterThan(250);
      expect(await page.locator('#origin svg circle.origin').count()).toBe(2);
      expect(await page.locator('#certifications').innerText()).toContain(expected.organic);
      expect(await page.locator('script').count()).toBe(0);
      // The switcher: five plain links, this language marked current.
      const links = page.locator('nav a');
      expect(await links.count()).toBe(5);
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[1]))).toEqual(['lang=ky', 'lang=ru', 'lang=en', 'lang=ja', 'lang=zh']);
      expect(await page.locator('nav a[aria-current="page"]').getAttribute('hreflang')).toBe(lang);
      expect(await page.locator('nav').isVisible()).toBe(true);
    });
  });

  it('switches language by a plain link', async () => {
    const { context } = await phoneContext(browser, 'ky');
    try {
      const page = await context.newPage();
      await page.goto(`${running.tamga.provenanceUrl}${lotPath()}`);
      expect(await page.locator('h1').textContent()).toBe(EXPECTED.ky.product);
      await page.locator('nav a[hreflang="ja"]').click();
      await page.waitForURL(/\?lang=ja$/);
      expect(await page.locator('h1').textContent()).toBe(EXPECTED.ja.product);
    } finally {
      await context.close();
    }
  });

  it('shows a recalled lot with a banner that cannot be missed', async () => {
    await open(`/01/${journey.combGtin}/10/${journey.recalledLot}`, 'ky', 'recalled-lot-ky', async (page) => {
      const banner = page.locator('[role="alert"]');
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.innerText()).toContain('Кайтарылып алынган: бул продуктуну колдонбоңуз.');
      expect(await banner.innerText()).toContain('Smoke residue found in the comb');
      // It comes first: above the product's name, inside the first screen.
      const [bannerBox, titleBox] = [await banner.boundingBox(), await page.locator('h1').boundingBox()];
      expect(bannerBox!.y).toBeLessThan(titleBox!.y);
      expect(bannerBox!.y + bannerBox!.height).toBeLessThan(740);
    });
  });

  it("shows a recalled unit's own banner, and the unit it is", async () => {
    await open(`${lotPath()}/21/J0005`, 'ja', 'recalled-unit-ja', async (page) => {
      expect(await page.locator('[role="alert"]').innerText()).toContain('この商品はリコール対象です');
      expect(await page.locator('.code').innerText()).toContain('J0005');
    });
  });

  it('answers an unknown code with a page a person understands', async () => {
    await open(`/01/${journey.honeyGtin}/10/NO-SUCH-LOT`, 'en', 'unknown-code-en', async (page) => {
      expect(await page.locator('h1').textContent()).toBe('We don’t know this code');
    });
  });
});

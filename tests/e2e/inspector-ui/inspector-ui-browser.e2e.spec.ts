import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { KEY_DATA_ELEMENT_COLUMNS } from '#tamga/read-models';
import { releaseTestKeys } from '../../support/test-keys';
import { eventually, jsonOf } from '../../support/test-infrastructure';
import { useRunningTamga } from '../../support/use-running-tamga';
import { launchChromium } from '../consumer-page/headless-chromium';
import { InspectorJourney, recordInspectorJourney } from '../inspector/inspector-journey';

/** Beside the consumer page's: git-ignored (.tamga/), kept after the run for a person to look at. */
const SCREENSHOTS = join(__dirname, '..', '..', '..', '.tamga', 'screenshots', 'inspector-ui');

/**
 * The inspector's web UI as an inspector uses it: Debian's Chromium, headless, a desk-sized
 * window, JavaScript off (plain links and forms must do), every request off 127.0.0.1 refused and
 * recorded. Over a season recorded through the capture API with each party's key (see
 * inspector-journey.ts): sign in with an inspector's key, desk → flag → lot → trace back → lot →
 * trace forward → facility, languages switched, the spreadsheet downloaded, signed out.
 */
describe('inspector UI in headless Chromium', () => {
  const running = useRunningTamga();
  let journey: InspectorJourney;
  let browser: Browser;
  const base = () => running.tamga.provenanceUrl;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [journey, browser] = await Promise.all([recordInspectorJourney(() => running.tamga.captureUrl), launchChromium()]);
    const api = (path: string) => fetch(`${base()}${path}`, { headers: journey.keys.inspector.headers });
    // The recall and the hold are the last facts recorded: wait until the read models hold them.
    await eventually(async () => {
      const response = await api(`/lots/${journey.lots.jars}/balance`);
      const balance = response.status === 200 ? await jsonOf(response) : undefined;
      return balance?.flags.some((f: { kind: string }) => f.kind === 'recall') ? true : undefined;
    }, 30_000, 'the recall projected');
    await eventually(async () => ((await jsonOf(await api(`/lots/${journey.lots.bulk}/audit`))).events?.length === 5 ? true : undefined), 15_000, 'the hold projected');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await releaseTestKeys();
  });

  /** A desk-sized context with JavaScript off that refuses, and records, every request not to 127.0.0.1. */
  async function deskContext(locale: string): Promise<{ context: BrowserContext; offSite: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, javaScriptEnabled: false, acceptDownloads: true });
    const offSite: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offSite.push(url.href);
      return route.abort('blockedbyclient');
    });
    return { context, offSite };
  }

  async function signIn(page: Page, apiKey: string): Promise<void> {
    await page.goto(`${base()}/inspect`);
    expect(new URL(page.url()).pathname).toBe('/inspect/sign-in');
    await page.locator('input[name="key"]').fill(apiKey);
    await page.locator('main button[type="submit"]').click();
    await page.waitForLoadState('load');
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

  it('signs in, follows a recall from the desk through the lot, its traces and a facility, in three languages, downloads the spreadsheet and signs out', async () => {
    const { lots, ids, keys, serials } = journey;
    const { context, offSite } = await deskContext('en-US');
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    try {
      await signIn(page, keys.inspector.apiKey);
      // The desk: open flags first, each kind with its lots.
      expect(new URL(page.url()).pathname).toBe('/inspect');
      expect(await text(page, 'h1')).toBe('Inspection desk');
      expect(await text(page, 'header')).toContain(`Signed in as ${keys.inspector.partyId}`);
      expect(await page.locator('#flags-recall').innerText()).toContain(lots.jars);
      expect(await page.locator('#flags-hold').innerText()).toContain(lots.bulk);
      expect(await page.locator('#flags-origin-not-registered').innerText()).toContain(lots.h2);
      expect(await page.locator('#flags-origin-not-registered').innerText()).toContain('Kyzyl-Suu');
      expect(await page.locator('#flags-yield-anomaly').innerText()).toContain(lots.jam);
      const headings = await page.locator('main h2').allInnerTexts();
      expect(headings[0]).toBe('Open flags');
      await shot(page, 'desk-en');

      // Flag → the recalled lot: its audit and its balance.
      await page.locator(`#flags-recall a:has-text("${lots.jars}")`).first().click();
      expect(new URL(page.url()).pathname).toBe(`/inspect/lots/${lots.jars}`);
      expect(await text(page, 'h1')).toBe(`Lot ${lots.jars}`);
      expect(await page.locator('#event-6').innerText()).toContain('Recalled');
      expect(await page.locator('#event-6').innerText()).toContain('a lid supplier recalled its lids');
      expect(await page.locator('#event-6').innerText()).toContain(keys.inspector.partyId);
      expect(await page.locator('tr[data-balance="on-hand"]').innerText()).toBe('On hand\t68.5 kg');
      expect(await page.locator('tr[data-balance="lost"]').innerText()).toBe('Lost in transit\t1 kg');
      expect(await page.locator('tr[data-balance="loss"]').innerText()).toBe('Loss\t1.41 %');
      expect(await page.locator('li[data-flag="recall"]').count()).toBe(1);

      // The trace spreadsheet, as the browser downloads it: UTF-8 with a BOM, the key data elements' header.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a:has-text("Trace spreadsheet (CSV)")').click()]);
      expect(download.suggestedFilename()).toBe(`tamga-trace-${lots.jars}.csv`);
      const bytes = readFileSync((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.subarray(3).toString('utf8');
      expect(csv.split('\r\n')[0]).toBe(KEY_DATA_ELEMENT_COLUMNS.join(','));
      expect(csv).toContain(lots.h1);

      // Trace back: three villages with their shares and quantities.
      await page.locator('a:has-text("Trace back")').first().click();
      expect(await text(page, 'h1')).toBe(`Where lot ${lots.jars} comes from`);
      expect(await page.locator(`tr[data-village="${ids.akSuu}"]`).innerText()).toBe(`Ak-Suu\t46.2%\t35.207 kg Sea-buckthorn\t${keys.aigul.partyId}`);
      expect(await page.locator(`tr[data-village="${ids.kyzylSuu}"]`).innerText()).toBe(`Kyzyl-Suu\t30.8%\t23.471 kg Sea-buckthorn\t${keys.bermet.partyId}`);
      expect(await page.locator(`tr[data-village="${ids.kaindy}"]`).innerText()).toBe(`Kaindy\t23.1%\t17.603 kg Beet sugar\t${keys.kanat.partyId}`);
      expect(await page.locator(`tr[data-lot="${lots.jam}"]`).innerText()).toContain('Cooking · Karakol jam kitchen');
      await shot(page, 'trace-back-en');

      // Down the tree to the corrected harvest: the correction beside the quantity it corrects.
      await page.locator(`tr[data-lot="${lots.h1}"] a:has-text("${lots.h1}")`).click();
      expect(await text(page, 'h1')).toBe(`Lot ${lots.h1}`);
      const harvest = page.locator('#event-1');
      expect(await harvest.locator('del').innerText()).toBe('62 kg');
      expect(await harvest.locator('ins').innerText()).toBe('60 kg');
      expect(await harvest.locator('.amendment').innerText()).toContain('Corrected to 60 kg');
      expect(await harvest.locator('.amendment').innerText()).toContain('the scale showed the crate');
      expect(await harvest.innerText()).toContain('2026-09-01 07:00 +06');
      expect(await harvest.innerText()).toContain(keys.aigul.partyId);
      expect(await page.locator('#event-2').innerText()).toContain('Corrects event 1');
      await shot(page, 'lot-correction-en');

      // Trace forward from the harvest: the recall's reach.
      await page.locator('a:has-text("Trace forward")').first().click();
      expect(await text(page, 'h1')).toBe(`Where lot ${lots.h1} went`);
      expect(await page.locator('#reach').innerText()).toContain('A recall of this lot reaches 5 lots, 100 units (3 sold), 1 shops and 1 export shipments.');
      expect(await page.locator('#reach').innerText()).toContain('Japan');
      expect(await page.locator(`tr[data-lot="${lots.jars}"]`).innerText()).toContain('recalled');
      expect(await page.locator(`tr[data-lot="${lots.bulk}"]`).innerText()).toContain('held');
      expect(await page.locator('#exports + div').innerText()).toContain('Hokkaido Natural Foods, K.K.');
      expect(await page.locator('#shops + div').innerText()).toContain('OVOP shop, 114 Chui Avenue');
      for (const serial of serials.slice(0, 3)) expect(await page.locator(`li[data-serial="${serial}"]`).count()).toBe(1);
      await shot(page, 'trace-forward-en');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header nav').isVisible()).toBe(false);
      await shot(page, 'trace-forward-print-en');
      await page.emulateMedia({ media: 'screen' });

      // The recall's reach in Kyrgyz and Japanese: the switcher is a plain link.
      await page.locator('nav a[hreflang="ky"]').click();
      expect(await text(page, 'h1')).toBe(`${lots.h1} партиясы кайда кеткен`);
      expect(await page.locator('#lots').innerText()).toBe('Кийинки партиялар');
      await shot(page, 'trace-forward-ky');
      await page.locator('nav a[hreflang="ja"]').click();
      expect(await text(page, 'h1')).toBe(`ロット ${lots.h1} の行き先`);
      expect(await page.locator('#exports').innerText()).toBe('輸出');
      expect(await page.locator('#reach').innerText()).toContain('日本');
      await shot(page, 'trace-forward-ja');

      // The workshop's balance, still in Japanese (links carry the language), then English.
      await page.locator(`a[href^="/inspect/facilities/${encodeURIComponent(ids.workshop)}"]`).first().click();
      expect(await text(page, 'h1')).toBe('施設 Karakol jam kitchen');
      expect(await page.locator('#products').innerText()).toBe('物質収支');
      await shot(page, 'facility-ja');
      await page.locator('nav a[hreflang="en"]').click();
      expect(await page.locator(`tr[data-product="${ids.jam}"]`).innerText()).toContain('51 kg');
      expect(await page.locator('tr[data-process="cooking"]').innerText()).toBe('Cooking\t1\t130\t121\t93.1%\t6.92 %');
      await shot(page, 'facility-en');

      // And the desk in Kyrgyz.
      await page.locator('header a.brand').click();
      await page.locator('nav a[hreflang="ky"]').click();
      expect(await text(page, 'h1')).toBe('Инспектордун иш орду');
      expect(await text(page, 'main h2')).toBe('Ачык белгилер');
      await shot(page, 'desk-ky');

      // Signing out ends the session: the desk asks to sign in again.
      await page.locator('header button').click();
      expect(new URL(page.url()).pathname).toBe('/inspect/sign-in');
      expect(await page.locator('[role="status"]').innerText()).toBe('Сиз чыктыңыз.');
      await page.goto(`${base()}/inspect/lots/${lots.jars}`);
      expect(new URL(page.url()).pathname).toBe('/inspect/sign-in');
      expect(await context.cookies()).toEqual([]);

      expect(scripts).toEqual([]);
      expect(offSite).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("refuses a producer's key with a page that says why", async () => {
    const { context, offSite } = await deskContext('en-US');
    try {
      const page = await context.newPage();
      await signIn(page, journey.keys.aigul.apiKey);
      expect(await text(page, 'h1')).toBe('Not for this key');
      expect(await text(page, '[role="alert"]')).toContain(`${journey.keys.aigul.partyId} (roles: producer) may not open these pages`);
      expect(await context.cookies()).toEqual([]);
      await shot(page, 'producer-refused-en');
      expect(offSite).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a mistyped key gets the form again with a message, in the browser\'s language', async () => {
    const { context } = await deskContext('ja-JP');
    try {
      const page = await context.newPage();
      await signIn(page, `${journey.keys.inspector.apiKey.slice(0, -2)}xx`);
      expect(await text(page, 'h1')).toBe('検査のためのサインイン');
      expect(await text(page, '[role="alert"]')).toContain('この API キーは無効です');
      expect(await context.cookies()).toEqual([]);
      await shot(page, 'bad-key-ja');
    } finally {
      await context.close();
    }
  });
});

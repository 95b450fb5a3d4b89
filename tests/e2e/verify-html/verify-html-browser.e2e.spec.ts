import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../consumer-page/headless-chromium';
import { RecordedBundle, TAMPERINGS, fileOf, recordBundleJourney } from '../bundle/recorded-bundle';
import { releaseTestKeys } from '../../support/test-keys';
import { useCheckpoints } from '../../support/use-checkpoints';
import { useRunningTamga } from '../../support/use-running-tamga';

/** The page as `npm run build` writes it, opened from disk as a buyer would after saving it. */
const VERIFY_HTML = join(__dirname, '..', '..', '..', 'dist', 'verify.html');

/**
 * verify.html in headless Chromium, opened from file:// with every request refused (and recorded):
 * a bundle of a real recorded journey verifies with its summary; one byte changed in an event, a
 * proof, a key or the manifest fails naming the part; a bundle with the buyer withheld verifies.
 */
// Each test starts `tamga` (two Node processes) or a browser page: seconds each on a busy machine.
jest.setTimeout(60_000);

describe('verify.html: the offline verifier in a browser (headless Chromium, file://, no network)', () => {
  useCheckpoints({ every: 1_000_000, intervalMs: 500 });
  const running = useRunningTamga();
  let recorded: RecordedBundle;
  let bundleText: string;
  let browser: Browser;
  let context: BrowserContext;
  const requested: string[] = [];

  beforeAll(async () => {
    [recorded, browser] = await Promise.all([recordBundleJourney(() => running.tamga.captureUrl, () => running.tamga.provenanceUrl), launchChromium()]);
    const response = await recorded.provenance('GET', `/exports/${recorded.journey.exportId}/bundle.json`);
    bundleText = await response.text();
    context = await browser.newContext();
    // Nothing but the file itself may load: no script, font, style or fetch from anywhere.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `file://${VERIFY_HTML}`) return route.continue();
      requested.push(url);
      return route.abort('blockedbyclient');
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await releaseTestKeys();
  });

  /** Opens verify.html from disk, picks the file, and answers the verdict's state, its text, each failure's part and the report. */
  async function verifyInPage(path: string): Promise<{ state: string | null; verdict: string; parts: string[]; report: string }> {
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`file://${VERIFY_HTML}`);
      await page.setInputFiles('#bundle', path);
      await page.waitForSelector('#verdict[data-state=verified], #verdict[data-state=failed]', { timeout: 30_000 });
      expect(errors).toEqual([]);
      return {
        state: await page.getAttribute('#verdict', 'data-state'),
        verdict: (await page.textContent('#verdict')) ?? '',
        parts: await page.$$eval('#failures li', (items) => items.map((li) => li.getAttribute('data-part') ?? '')),
        report: (await page.textContent('#report')) ?? '',
      };
    } finally {
      await page.close();
    }
  }

  it('is one self-contained file: inline script and styles, nothing it could fetch', () => {
    const html = readFileSync(VERIFY_HTML, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(/i);
  });

  it('verifies a recorded bundle with its summary, having requested nothing', async () => {
    const { journey } = recorded;
    const shown = await verifyInPage(fileOf(recorded.dir, 'bundle.json', bundleText));
    expect(shown.parts).toEqual([]);
    expect(shown.state).toBe('verified');
    expect(shown.verdict).toMatch(/^VERIFIED/);
    for (const village of ['Ananyevo', 'Ak-Suu', 'Kaindy', 'Tamga']) expect(shown.report).toMatch(new RegExp(`  ${village} +\\d+\\.\\d\\d %`));
    expect(shown.report).toContain(`ORG-${journey.tag}`);
    expect(shown.report).toContain(`Checkpoint: tree size ${JSON.parse(bundleText).checkpoint.treeSize}`);
    expect(requested).toEqual([]);
  });

  it.each(TAMPERINGS)('fails when one byte of $what changes, naming the $part', async ({ part, flip }) => {
    const shown = await verifyInPage(fileOf(recorded.dir, `tampered-${part}.json`, flip(bundleText)));
    expect(shown.state).toBe('failed');
    expect(shown.verdict).toMatch(/^NOT VERIFIED/);
    expect(shown.parts).toContain(part);
    expect(requested).toEqual([]);
  });

  it('verifies a bundle with the buyer withheld, whose name is nowhere in the file', async () => {
    const response = await recorded.provenance('GET', `/exports/${recorded.journey.exportId}/bundle.json?withhold=buyer`);
    const withheld = await response.text();
    expect(withheld).not.toContain(recorded.journey.buyer.name);
    const shown = await verifyInPage(fileOf(recorded.dir, 'withheld.json', withheld));
    expect(shown.parts).toEqual([]);
    expect(shown.state).toBe('verified');
    expect(shown.report).toContain('Withheld by the exporter (shown only as commitments): buyer');
  });
});

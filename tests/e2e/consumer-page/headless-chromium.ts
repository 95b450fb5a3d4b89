import { Browser, BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium: the project installs it (`apt-get install chromium`, see .ci/run); playwright-core downloads no browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The flags this machine's notes give for a headless Chromium: no sandbox as root, and none of
 * Chromium's own background traffic (updates, sync, QUIC probes), which the closed network would
 * refuse and which is not the page's doing. Playwright adds --headless and a fresh profile itself.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium for a test file. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * A phone-sized context (360×740) with JavaScript off, as the page must work without it, that
 * refuses every request not to 127.0.0.1 and records it: a page that fetched a font, a tile or a
 * script from elsewhere would fail the test that reads `offSite`.
 */
export async function phoneContext(browser: Browser, locale: string): Promise<{ context: BrowserContext; offSite: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale, javaScriptEnabled: false });
  const offSite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    offSite.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, offSite };
}

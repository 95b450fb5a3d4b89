import { TestKey, partyWithKey, releaseTestKeys } from '../../support/test-keys';
import { useRunningTamga } from '../../support/use-running-tamga';

/**
 * Signing a browser in to the inspector's pages, over plain HTTP: what the sign-in form answers
 * to a bad key, a producer's key, a post from another site and an inspector's key, the cookie's
 * flags, and what the session opens and closes. Redirects are not followed, so each answer is seen.
 */
describe('inspector UI: sign-in, session cookie and refusals (HTTP)', () => {
  const running = useRunningTamga();
  let inspector: TestKey;
  let producer: TestKey;
  const url = (path: string) => `${running.tamga.provenanceUrl}${path}`;
  const origin = () => new URL(running.tamga.provenanceUrl).origin;
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = { Origin: origin() }) =>
    fetch(url(path), { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form).toString() });
  const get = (path: string, cookie?: string) => fetch(url(path), { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
  const signIn = async (key: TestKey): Promise<string> => {
    const response = await post('/inspect/sign-in?lang=en', { key: key.apiKey, next: '/inspect' });
    expect(response.status).toBe(303);
    return response.headers.get('set-cookie')!.split(';')[0];
  };

  beforeAll(async () => {
    [inspector, producer] = await Promise.all([partyWithKey({ kinds: ['inspector'] }), partyWithKey({ kinds: ['producer'] })]);
  });
  afterAll(() => releaseTestKeys());

  it('sends a browser without a session to the sign-in form, and back where it was going after', async () => {
    const response = await get('/inspect/lots/ANY-LOT?lang=ja');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/inspect/sign-in?lang=ja&next=%2Finspect%2Flots%2FANY-LOT%3Flang%3Dja');
    const form = await get(response.headers.get('location')!);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<h1>検査のためのサインイン</h1>');
    expect(html).toContain('<input type="password" name="key"');
    expect(html).toContain('value="/inspect/lots/ANY-LOT?lang=ja"');
    expect(html).not.toContain('<script');
  });

  it('a bad key gets the form again with a clear message and a 401, and no cookie', async () => {
    for (const key of ['tmg_0000000000000000_notasecretnotasecretnotasecretnotasecret00', 'hello', '', `${inspector.apiKey}x`]) {
      const response = await post('/inspect/sign-in?lang=en', { key, next: '/inspect' });
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      const html = await response.text();
      expect(html).toContain('This API key is not valid: it is unknown, revoked, or mistyped.');
      expect(html).toContain('<form class="search" method="post" action="/inspect/sign-in?lang=en">');
    }
  });

  it('an inspector\'s key sets an opaque HttpOnly, SameSite=Strict session cookie (not Secure on plain http) and goes to the desk', async () => {
    const response = await post('/inspect/sign-in?lang=ky', { key: inspector.apiKey, next: 'https://elsewhere.example/phish' });
    expect(response.status).toBe(303);
    // An outside `next` is not followed: the sign-in form is no open redirect.
    expect(response.headers.get('location')).toBe('/inspect?lang=ky');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tamga-inspect=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=28800; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(inspector.apiKey);
    expect(cookie).not.toContain(inspector.keyId);
    const desk = await get('/inspect?lang=ky', cookie.split(';')[0]);
    expect(desk.status).toBe(200);
    expect(desk.headers.get('cache-control')).toBe('no-store');
    expect(desk.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await desk.text();
    expect(html).toContain('<h1>Инспектордун иш орду</h1>');
    expect(html).toContain(inspector.partyId);
  });

  it('refuses a sign-in posted from another site, or with no origin at all, and sets no cookie', async () => {
    for (const headers of [{ Origin: 'https://evil.example' }, { Referer: 'https://evil.example/form' }, {} as Record<string, string>]) {
      const response = await post('/inspect/sign-in?lang=en', { key: inspector.apiKey, next: '/inspect' }, headers);
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.text()).toContain('This form was sent from another site, so it was refused.');
    }
  });

  it('a producer\'s key gets a clear 403 page and no session', async () => {
    const response = await post('/inspect/sign-in?lang=en', { key: producer.apiKey, next: '/inspect' });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<h1>Not for this key</h1>');
    expect(html).toContain(`The key of <code>${producer.partyId}</code> (roles: producer) may not open these pages: they are for inspectors and administrators.`);
  });

  it('answers a bad lot code, an unknown lot, an unknown place and a bad date range with friendly 4xx pages', async () => {
    const cookie = await signIn(inspector);
    const cases: [string, number, string][] = [
      ['/inspect/lots?code=no%20such%20code&lang=en', 400, '“no such code” is not a lot code'],
      ['/inspect/lots/%3Cscript%3E?lang=en', 400, '“&lt;script&gt;” is not a lot code'],
      ['/inspect/lots/NO-SUCH-LOT-1?lang=en', 404, 'No lot <code>NO-SUCH-LOT-1</code> is recorded.'],
      ['/inspect/lots/NO-SUCH-LOT-1/trace-forward?lang=en', 404, 'No lot <code>NO-SUCH-LOT-1</code> is recorded.'],
      ['/inspect/lots/NO-SUCH-LOT-1/trace.csv?lang=en', 404, 'No lot <code>NO-SUCH-LOT-1</code> is recorded.'],
      ['/inspect/facilities/workshop:no-such-place?lang=en', 404, 'No place <code>workshop:no-such-place</code> is recorded.'],
      ['/inspect/events.csv?from=2026-09-10&to=2026-09-01&lang=en', 422, 'The dates are not a valid range'],
      ['/inspect/events.csv?lang=en', 422, 'The dates are not a valid range'],
    ];
    for (const [path, status, text] of cases) {
      const response = await get(path, cookie);
      expect([path, response.status]).toEqual([path, status]);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain(text);
    }
  });

  it('signing out ends the session on the server: the old cookie opens nothing', async () => {
    const cookie = await signIn(inspector);
    expect((await get('/inspect', cookie)).status).toBe(200);
    const refused = await post('/inspect/sign-out?lang=en', {}, { Origin: 'https://evil.example', Cookie: cookie });
    expect(refused.status).toBe(403);
    expect((await get('/inspect', cookie)).status).toBe(200);
    const out = await post('/inspect/sign-out?lang=en', {}, { Origin: origin(), Cookie: cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/inspect/sign-in?lang=en&notice=signed-out');
    expect(out.headers.get('set-cookie')).toBe('tamga-inspect=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict');
    const after = await get('/inspect', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toContain('/inspect/sign-in?');
    expect(after.headers.get('location')).toContain('notice=session-ended');
  });

  it('the inspector\'s API still takes only a Bearer key: the session cookie opens no API route', async () => {
    const cookie = await signIn(inspector);
    const response = await get('/flags', cookie);
    expect(response.status).toBe(401);
  });
});

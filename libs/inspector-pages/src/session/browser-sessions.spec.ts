import { BrowserSessions, SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from './browser-sessions';
import { isSameOrigin } from './same-origin';
import { safeNext } from './safe-next';
import { clearedSessionCookie, cookieValue, sessionCookie } from './session-cookie';

describe('browser sessions', () => {
  let now = 0;
  const sessions = new BrowserSessions(() => now);

  it('opens a session under a random id that names neither the key nor the party', () => {
    const id = sessions.open('tmg_key_secret', 'inspector:a');
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.find(id)).toMatchObject({ token: 'tmg_key_secret', partyId: 'inspector:a' });
    expect(sessions.find('x' + id.slice(1))).toBeNull();
  });

  it('ends a session idle too long, and any session at its maximum age however busy', () => {
    now = 0;
    const idle = sessions.open('k', 'p');
    now = SESSION_IDLE_MS + 1;
    expect(sessions.find(idle)).toBeNull();
    const busy = sessions.open('k', 'p');
    const start = now;
    for (let at = start; at <= start + SESSION_MAX_AGE_MS; at += SESSION_IDLE_MS / 2) {
      now = at;
      expect(sessions.find(busy)).not.toBeNull();
    }
    now = start + SESSION_MAX_AGE_MS + 1;
    expect(sessions.find(busy)).toBeNull();
  });

  it('closes a session on sign-out', () => {
    const id = sessions.open('k', 'p');
    sessions.close(id);
    expect(sessions.find(id)).toBeNull();
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict, Secure with the __Host- prefix over https', () => {
    expect(sessionCookie('abc', false)).toBe('tamga-inspect=abc; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict');
    expect(sessionCookie('abc', true)).toBe('__Host-tamga-inspect=abc; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict; Secure');
    expect(clearedSessionCookie(true)).toContain('Max-Age=0');
  });

  it('is read from a Cookie header among others', () => {
    expect(cookieValue('a=1; tamga-inspect=xyz; b=2', 'tamga-inspect')).toBe('xyz');
    expect(cookieValue('xtamga-inspect=1', 'tamga-inspect')).toBeNull();
    expect(cookieValue(undefined, 'tamga-inspect')).toBeNull();
  });
});

describe('form posts from our own pages only', () => {
  it.each([
    [{ origin: 'http://127.0.0.1:3000', referer: undefined, host: '127.0.0.1:3000' }, true],
    [{ origin: undefined, referer: 'http://127.0.0.1:3000/inspect/sign-in', host: '127.0.0.1:3000' }, true],
    [{ origin: 'https://tamga.kg', referer: undefined, host: '10.0.0.5:3000' }, true],
    [{ origin: 'https://evil.example', referer: 'http://127.0.0.1:3000/', host: '127.0.0.1:3000' }, false],
    [{ origin: 'null', referer: undefined, host: '127.0.0.1:3000' }, false],
    [{ origin: undefined, referer: undefined, host: '127.0.0.1:3000' }, false],
    [{ origin: 'not a url', referer: undefined, host: '127.0.0.1:3000' }, false],
  ])('%j → %p', (post, expected) => {
    expect(isSameOrigin(post, 'https://tamga.kg')).toBe(expected);
  });
});

describe('where to go after signing in', () => {
  it.each([
    ['/inspect/lots/J1?lang=ja', '/inspect/lots/J1?lang=ja'],
    ['/inspect', '/inspect'],
    ['https://evil.example/inspect', '/inspect'],
    ['//evil.example/inspect', '/inspect'],
    ['/\\evil.example', '/inspect'],
    ['/inspectevil', '/inspect'],
    ['/flags', '/inspect'],
    ['/inspect/sign-out', '/inspect'],
    [42, '/inspect'],
  ])('%p → %p', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

import { SESSION_MAX_AGE_MS } from './browser-sessions';

/**
 * The cookie's name. Over https it carries the `__Host-` prefix, which browsers accept only with
 * Secure, Path=/ and no Domain: a sibling subdomain cannot plant or shadow it. Plain http (a
 * developer's 127.0.0.1) cannot have that prefix, so there it is the bare name.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-tamga-inspect' : 'tamga-inspect';
}

/**
 * Set-Cookie for a new session: HttpOnly (no script can read it, and the pages run none),
 * SameSite=Strict (no other site's page, link or form makes the browser send it), Secure over
 * https, and gone after the session's maximum age even if the browser stays open.
 */
export function sessionCookie(sessionId: string, secure: boolean): string {
  return `${sessionCookieName(secure)}=${sessionId}; Path=/; Max-Age=${Math.floor(SESSION_MAX_AGE_MS / 1000)}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** Set-Cookie that removes the session cookie (sign-out, or a session found ended). */
export function clearedSessionCookie(secure: boolean): string {
  return `${sessionCookieName(secure)}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The value of one cookie in a Cookie header; null when absent. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

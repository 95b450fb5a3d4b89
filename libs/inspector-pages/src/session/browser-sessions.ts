import { createHash, randomBytes } from 'node:crypto';

/** A signed-in browser: whose key it signed in with, and when. */
export interface BrowserSession {
  /** The API key itself, kept in this process's memory only, so each page re-verifies it (a revoked key ends the session). */
  readonly token: string;
  readonly partyId: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
}

/** A session unused this long ends: an inspector's desk left open is not a standing credential. */
export const SESSION_IDLE_MS = 30 * 60_000;
/** No session outlives a working day, however busy. */
export const SESSION_MAX_AGE_MS = 8 * 3_600_000;
/** Beyond this many, the oldest session ends first: memory stays bounded whatever signs in. */
export const MAX_SESSIONS = 10_000;

const digest = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');

/**
 * Browser sessions of the inspector's pages, in this process's memory. The browser holds only an
 * opaque, random 256-bit id; the map is keyed by its SHA-256, so neither a heap dump's keys nor a
 * log line with a key in it opens a session. Time comes from `now`, so tests need no waiting.
 */
export class BrowserSessions {
  private readonly sessions = new Map<string, BrowserSession>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Opens a session for a verified key; the id goes into the cookie, and nowhere else. */
  open(token: string, partyId: string): string {
    const sessionId = randomBytes(32).toString('base64url');
    const at = this.now();
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    this.sessions.set(digest(sessionId), { token, partyId, createdAt: at, lastSeenAt: at });
    return sessionId;
  }

  /** The live session of an id, its idle clock restarted; null (and forgotten) when unknown, idle too long or too old. */
  find(sessionId: string | null | undefined): BrowserSession | null {
    if (!sessionId) return null;
    const key = digest(sessionId);
    const session = this.sessions.get(key);
    if (!session) return null;
    const at = this.now();
    if (at - session.lastSeenAt > SESSION_IDLE_MS || at - session.createdAt > SESSION_MAX_AGE_MS) {
      this.sessions.delete(key);
      return null;
    }
    const touched = { ...session, lastSeenAt: at };
    // Re-inserted, so Map order is least recently used first for the eviction in open().
    this.sessions.delete(key);
    this.sessions.set(key, touched);
    return touched;
  }

  /** Ends a session (sign-out, or its key no longer verifies). */
  close(sessionId: string | null | undefined): void {
    if (sessionId) this.sessions.delete(digest(sessionId));
  }

  get size(): number {
    return this.sessions.size;
  }
}

import { INSPECT_BASE } from '../html/links';

/**
 * Where to go after signing in: a path of the inspector's pages only. Anything else ("//evil",
 * "https://…", "/\\evil", another route) becomes the desk, so the sign-in form cannot be turned
 * into an open redirect.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500) return INSPECT_BASE;
  if (!/^\/inspect(\/|\?|$)/.test(next) || /[\\\s]/.test(next) || next.startsWith(`${INSPECT_BASE}/sign-`)) return INSPECT_BASE;
  return next;
}

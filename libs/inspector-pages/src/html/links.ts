import { PageLanguage, escapeHtml } from '#tamga/consumer-page';

/** Where the inspector's pages live. */
export const INSPECT_BASE = '/inspect';

/**
 * An href to one of the inspector's pages in the reader's language, HTML-escaped. Every link
 * carries `lang`, so the language chosen by the switcher holds while the inspector navigates
 * without a cookie or a script to remember it.
 */
export function href(path: string, lang: PageLanguage, params: Readonly<Record<string, string | number>> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
  query.set('lang', lang);
  return escapeHtml(`${path}?${query.toString()}`);
}

/** The paths of the inspector's pages. */
export const PATHS = {
  start: INSPECT_BASE,
  signIn: `${INSPECT_BASE}/sign-in`,
  signOut: `${INSPECT_BASE}/sign-out`,
  lotSearch: `${INSPECT_BASE}/lots`,
  lot: (lotId: string) => `${INSPECT_BASE}/lots/${encodeURIComponent(lotId)}`,
  traceBack: (lotId: string) => `${INSPECT_BASE}/lots/${encodeURIComponent(lotId)}/trace-back`,
  traceForward: (lotId: string) => `${INSPECT_BASE}/lots/${encodeURIComponent(lotId)}/trace-forward`,
  traceCsv: (lotId: string) => `${INSPECT_BASE}/lots/${encodeURIComponent(lotId)}/trace.csv`,
  facilitySearch: `${INSPECT_BASE}/facilities`,
  facility: (placeId: string) => `${INSPECT_BASE}/facilities/${encodeURIComponent(placeId)}`,
  eventsCsv: `${INSPECT_BASE}/events.csv`,
} as const;

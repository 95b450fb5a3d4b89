import { DEFAULTS } from './tamga-config';

/**
 * The base URL printed in QR codes and Digital Links: `TAMGA_PUBLIC_URL` (the public host labels
 * must point to, e.g. `https://tamga.kg`), else the provenance service's own address
 * (`http://TAMGA_HOST:PROVENANCE_PORT`), which only works on this machine. Read on its own, not
 * through loadConfig, because `tamga codes` needs it without a DATABASE_URL. A printed label can
 * never be recalled, so a value that is not a plain http(s) URL is refused at start, not printed.
 * Returned without a trailing slash; a path prefix (a resolver behind `/tamga`) is kept.
 */
export function publicUrlOf(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.TAMGA_PUBLIC_URL?.trim();
  const host = env.TAMGA_HOST || DEFAULTS.host;
  const raw = configured || `http://${host.includes(':') ? `[${host}]` : host}:${env.PROVENANCE_PORT || DEFAULTS.provenancePort}`;
  const name = configured ? 'TAMGA_PUBLIC_URL' : 'TAMGA_HOST and PROVENANCE_PORT';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must make an absolute http(s) URL, not "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http or https URL, not "${raw}"`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${name} must be a plain base URL (no query, fragment or credentials), not "${raw}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

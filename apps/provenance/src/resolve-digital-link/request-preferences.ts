import { PageLanguage, Representation, chooseRepresentation, choosePageLanguage } from '#tamga/consumer-page';

/** What a request for a code asks for, from its query and headers. */
export interface RequestPreferences {
  readonly representation: Representation;
  readonly lang: PageLanguage;
  readonly gzip: boolean;
}

/** Whether Accept-Encoding allows gzip (RFC 9110 §12.5.3: listed, or `*`, with q above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)).find(Boolean);
    return !q || Number(q[1]) > 0;
  });
}

/**
 * Parsing the same few header values over and over is the work a busy page does most, so answers
 * are remembered per distinct header text (browsers send a handful of spellings); the memory is
 * emptied when it fills, so odd headers cannot grow it.
 */
class Memo<T> {
  private readonly values = new Map<string, T>();
  constructor(private readonly max = 1_000) {}
  get(key: string, compute: () => T): T {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.max) this.values.clear();
      value = compute();
      this.values.set(key, value);
    }
    return value;
  }
}

const representations = new Memo<Representation>();
const languages = new Memo<PageLanguage>();
const encodings = new Memo<boolean>();

/** The representation, language and content coding a request asks for. */
export function requestPreferences(query: Readonly<Record<string, unknown>>, headers: Readonly<Record<string, string | string[] | undefined>>): RequestPreferences {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const accept = header('accept') ?? '';
  const linkType = typeof query.linkType === 'string' ? query.linkType : '';
  const acceptLanguage = header('accept-language') ?? '';
  const lang = typeof query.lang === 'string' ? query.lang : '';
  return {
    representation: representations.get(`${linkType}\n${accept}`, () => chooseRepresentation(accept || undefined, linkType || undefined)),
    lang: languages.get(`${lang}\n${acceptLanguage}`, () => choosePageLanguage(lang || undefined, acceptLanguage || undefined)),
    gzip: encodings.get(header('accept-encoding') ?? '', () => acceptsGzip(header('accept-encoding'))),
  };
}

/** A Host header that is a host name or IP literal with an optional port; anything else is not echoed into links. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The origin absolute links are built on: the request's scheme and Host, or the service's own address when the Host is odd. */
export function originOf(protocol: string, host: string | undefined, fallback: string): string {
  return host && HOST.test(host) ? `${protocol}://${host}` : fallback;
}

/** What a request for a code gets: the page, its data, or its links. */
export type Representation = 'html' | 'json' | 'linkset';

const MEDIA: Readonly<Record<string, Representation>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/linkset+json': 'linkset',
};

/** The media type each representation is sent as. */
export const CONTENT_TYPE: Readonly<Record<Representation, string>> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  linkset: 'application/linkset+json',
};

interface Candidate {
  readonly representation: Representation;
  readonly q: number;
  /** Exact types beat `type/*`, which beats `*∕*` (RFC 9110 §12.5.1). */
  readonly specificity: number;
  readonly order: number;
}

function candidatesOf(accept: string): Candidate[] {
  return accept.split(',').flatMap((part, order): Candidate[] => {
    const [range, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    let q = 1;
    for (const p of params) {
      const m = /^q=([01](\.\d{0,3})?)$/.exec(p.replace(/\s+/g, ''));
      if (m) q = Number(m[1]);
    }
    if (q <= 0) return [];
    if (MEDIA[range]) return [{ representation: MEDIA[range], q, specificity: 2, order }];
    if (range === 'text/*') return [{ representation: 'html', q, specificity: 1, order }];
    if (range === 'application/*') return [{ representation: 'json', q, specificity: 1, order }];
    if (range === '*/*') return [{ representation: 'html', q, specificity: 0, order }];
    return [];
  });
}

/**
 * Content negotiation for a Digital Link: `?linkType=linkset` or `all` asks for the linkset
 * whatever Accept says (GS1-Conformant Resolver); otherwise the Accept header's best range we
 * serve, highest q first, then the most specific, then the first listed. A person's browser, a
 * bare `*∕*` and an Accept we cannot serve all get the page: it is the one that helps a human.
 */
export function chooseRepresentation(accept: string | undefined, linkType: unknown): Representation {
  if (linkType === 'linkset' || linkType === 'all') return 'linkset';
  if (!accept) return 'html';
  const best = candidatesOf(accept).sort((a, b) => b.q - a.q || b.specificity - a.specificity || a.order - b.order)[0];
  return best?.representation ?? 'html';
}

import { PAGE_LANGUAGES } from '../language/languages';
import { Names, localised } from '../language/localised';

/** GS1 Web Vocabulary link types, as full URIs (the GS1-Conformant resolver's linkset schema wants URIs, not CURIEs). */
export const GS1_LINK_TYPES = {
  defaultLink: 'https://gs1.org/voc/defaultLink',
  pip: 'https://gs1.org/voc/pip',
  certificationInfo: 'https://gs1.org/voc/certificationInfo',
  traceability: 'https://gs1.org/voc/traceability',
  masterData: 'https://gs1.org/voc/masterData',
  recallStatus: 'https://gs1.org/voc/recallStatus',
} as const;

/** A link target in an RFC 9264 JSON linkset. */
export interface LinkTarget {
  readonly href: string;
  readonly title?: string;
  readonly type?: string;
  readonly hreflang?: readonly string[];
}

/** An RFC 9264 `application/linkset+json` document: one link context (the code) and its links by relation type. */
export interface Linkset {
  readonly linkset: readonly ({ readonly anchor: string } & Readonly<Record<string, string | readonly LinkTarget[]>>)[];
}

/** What a code's linkset is made from. */
export interface LinksetInput {
  /** The scheme, host and port requests reach this service at, e.g. `https://tamga.kg`. */
  readonly origin: string;
  /** The code's path (digitalLinkPathOf). */
  readonly path: string;
  readonly productId: string;
  readonly productNames: Names | null;
  readonly lotId?: string;
  readonly certificates?: readonly { readonly schemeId: string; readonly names: Names | null }[];
  readonly recalled?: boolean;
}

/**
 * The links a GS1 Digital Link of a Tamga product resolves to (GS1-Conformant Resolver 1.2 with
 * RFC 9264): the product information page in each language and as the default link, the lot's
 * event history (traceability), the product's master data, one certificationInfo link per
 * certificate valid today, and recallStatus when the lot or unit is recalled. Every target is on
 * this service: Tamga redirects nowhere.
 */
export function codeLinkset(input: LinksetInput): Linkset {
  const anchor = `${input.origin}${input.path}`;
  const title = (lang: (typeof PAGE_LANGUAGES)[number]) => localised(input.productNames, lang)?.text ?? input.productId;
  const links: Record<string, readonly LinkTarget[]> = {
    [GS1_LINK_TYPES.defaultLink]: [{ href: anchor, title: title('en'), type: 'text/html' }],
    [GS1_LINK_TYPES.pip]: PAGE_LANGUAGES.map((lang) => ({ href: `${anchor}?lang=${lang}`, title: title(lang), type: 'text/html', hreflang: [lang] })),
    [GS1_LINK_TYPES.masterData]: [{ href: `${input.origin}/products/${encodeURIComponent(input.productId)}`, title: 'Product master data', type: 'application/json' }],
    alternate: [{ href: anchor, title: 'This page as JSON', type: 'application/json' }],
  };
  if (input.lotId !== undefined) {
    links[GS1_LINK_TYPES.traceability] = [
      { href: `${input.origin}/lots/${encodeURIComponent(input.lotId)}`, title: "The lot's recorded events", type: 'application/json' },
    ];
  }
  if (input.certificates && input.certificates.length > 0) {
    links[GS1_LINK_TYPES.certificationInfo] = input.certificates.map((c) => ({
      href: `${anchor}#certifications`,
      title: localised(c.names, 'en')?.text ?? c.schemeId,
      type: 'text/html',
    }));
  }
  if (input.recalled) links[GS1_LINK_TYPES.recallStatus] = [{ href: `${anchor}#recall`, title: 'Recall notice', type: 'text/html' }];
  return { linkset: [{ anchor, ...links }] };
}

import { PAGE_LANGUAGES, PageLanguage } from '../language/languages';
import { CATALOGS } from '../catalog/catalog';
import { escapeHtml } from './escape';
import { PAGE_CSS } from './styles';

/** What every consumer page has around its content. */
export interface PageShell {
  readonly lang: PageLanguage;
  readonly title: string;
  readonly body: string;
  /** The page's path, for the language links (absolute paths, so any base works). */
  readonly path: string;
  /** Where the code's RFC 9264 linkset is, when it has one. */
  readonly linksetHref?: string;
}

/** The language switcher: each language named in itself, the current one marked, plain links (no script). */
function switcher(lang: PageLanguage, path: string): string {
  const items = PAGE_LANGUAGES.map((l) => {
    const current = l === lang ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(path)}?lang=${l}" hreflang="${l}" lang="${l}"${current}>${escapeHtml(CATALOGS[l].languageName)}</a></li>`;
  }).join('');
  return `<nav aria-label="${escapeHtml(CATALOGS[lang].languageSwitcher)}"><ul>${items}</ul></nav>`;
}

/** A whole HTML document: one request, no script, no external style, font or image. */
export function pageShell(page: PageShell): string {
  const m = CATALOGS[page.lang];
  const alternates = PAGE_LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(page.path)}?lang=${l}">`).join('');
  const linkset = page.linksetHref ? `<link rel="linkset" type="application/linkset+json" href="${escapeHtml(page.linksetHref)}">` : '';
  return (
    `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(page.title)}</title>${alternates}${linkset}<style>${PAGE_CSS}</style></head><body>` +
    `<header><span><span class="brand">Tamga</span> · ${escapeHtml(m.tagline)}</span>${switcher(page.lang, page.path)}</header>` +
    `<main>${page.body}</main>` +
    `<footer>Tamga · ${escapeHtml(m.tagline)}</footer></body></html>`
  );
}

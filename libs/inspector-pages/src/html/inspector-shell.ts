import { CATALOGS, PAGE_LANGUAGES, escapeHtml, formatterFor } from '#tamga/consumer-page';
import { INSPECTOR_CSS } from './inspector-styles';
import { PATHS, href } from './links';
import { PageContext } from './page-context';

/** The switcher: each language named in itself, the current one marked; the page's own query kept. */
function switcher(ctx: PageContext): string {
  const items = PAGE_LANGUAGES.map((l) => {
    const current = l === ctx.lang ? ' aria-current="page"' : '';
    return `<li><a href="${href(ctx.path, l, ctx.query)}" hreflang="${l}" lang="${l}"${current}>${escapeHtml(CATALOGS[l].languageName)}</a></li>`;
  }).join('');
  return `<nav aria-label="${escapeHtml(CATALOGS[ctx.lang].languageSwitcher)}"><ul>${items}</ul></nav>`;
}

/** Who is signed in, a link to the desk, and sign-out: a POST form (a link would let any page sign the inspector out). */
function desk(ctx: PageContext): string {
  const f = formatterFor(ctx.lang);
  const m = f.m.inspector;
  const brand = `<a class="brand" href="${href(PATHS.start, ctx.lang)}">Tamga · ${escapeHtml(m.desk)}</a>`;
  if (!ctx.partyId) return `<span class="desk">${brand}</span>`;
  const who = f.t(m.signedInAs, { party: `<code>${escapeHtml(ctx.partyId)}</code>` });
  const signOut = `<form method="post" action="${href(PATHS.signOut, ctx.lang)}"><button type="submit">${escapeHtml(m.signOut)}</button></form>`;
  return `<span class="desk">${brand}<span>${who}</span>${signOut}</span>`;
}

/** A whole inspector page: one request, no script, inline style, a language switcher on every page. */
export function inspectorShell(ctx: PageContext, title: string, body: string): string {
  const m = CATALOGS[ctx.lang];
  return (
    `<!doctype html><html lang="${ctx.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)} · Tamga</title><style>${INSPECTOR_CSS}</style></head><body>` +
    `<header>${desk(ctx)}${switcher(ctx)}</header>` +
    `<main>${body}</main>` +
    `<footer>Tamga · ${escapeHtml(m.tagline)}</footer></body></html>`
  );
}

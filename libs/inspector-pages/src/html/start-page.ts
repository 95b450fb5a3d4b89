import { escapeHtml } from '#tamga/consumer-page';
import type { OpenFlagView, OpenFlagsView } from '#tamga/read-models';
import { InspectorFormat } from './inspector-format';
import { inspectorShell } from './inspector-shell';
import { PATHS, href } from './links';
import { MasterNames, PageContext } from './page-context';

/** The order an inspector deals with flags in: what may hurt someone first, bookkeeping last. */
export const FLAG_ORDER = ['recall', 'hold', 'origin-not-registered', 'yield-anomaly', 'loss-in-transit'] as const;

/** A flag's details, names for ids where master data has them. */
export function flagDetails(x: InspectorFormat, details: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(details).flatMap(([key, value]) => {
    if (value === null || value === undefined || typeof value === 'object') return [];
    const text = String(value);
    const shown = /productId$/.test(key) ? x.product(text) : /(placeId|villageId)$/i.test(key) ? x.place(text) : escapeHtml(text);
    return [`<span translate="no">${escapeHtml(key)}</span>: ${shown}`];
  });
  return parts.join('; ');
}

function flagItem(x: InspectorFormat, flag: OpenFlagView): string {
  return `<li data-flag="${escapeHtml(flag.kind)}">${x.lot(flag.lotId)} · ${x.m.raised} ${x.time(flag.raisedAt)} · ${x.party(flag.raisedBy)}<br><span class="muted">${flagDetails(x, flag.details)}</span></li>`;
}

/** The flags grouped by kind, in FLAG_ORDER, with each kind's count. */
function flagsSection(x: InspectorFormat, view: OpenFlagsView): string {
  const groups = FLAG_ORDER.map((kind) => {
    const flags = view.flags.filter((f) => f.kind === kind);
    const count = view.counts[kind] ?? flags.length;
    if (count === 0) return '';
    return `<section id="flags-${kind}"><h3>${x.term(x.m.flagKinds, kind)} (${x.f.number(count)})</h3><ul class="flag-list">${flags.map((f) => flagItem(x, f)).join('')}</ul></section>`;
  }).join('');
  const truncated = view.truncated ? `<p class="muted">${x.t(x.m.flagsTruncated, { n: x.f.number(view.flags.length) })}</p>` : '';
  return `<h2 id="open-flags">${escapeHtml(x.m.openFlags)}</h2>${groups || `<p>${escapeHtml(x.m.noFlags)}</p>`}${truncated}`;
}

/** The search forms: a lot by code, a facility by name, a date range's spreadsheet. GET forms, so no script and no CSRF surface. */
export function searchForms(x: InspectorFormat, lotCode = '', facilityQuery = ''): string {
  const lang = `<input type="hidden" name="lang" value="${x.lang}">`;
  const m = x.m;
  return (
    `<h2>${escapeHtml(m.findLot)}</h2><form class="search" method="get" action="${PATHS.lotSearch}">${lang}` +
    `<label>${escapeHtml(m.lotCode)}<input name="code" required maxlength="20" value="${escapeHtml(lotCode)}" spellcheck="false"></label>` +
    `<button type="submit">${escapeHtml(m.find)}</button></form>` +
    `<h2>${escapeHtml(m.findFacility)}</h2><form class="search" method="get" action="${PATHS.facilitySearch}">${lang}` +
    `<label>${escapeHtml(m.facilityName)}<input name="q" required maxlength="100" value="${escapeHtml(facilityQuery)}"></label>` +
    `<button type="submit">${escapeHtml(m.find)}</button></form>` +
    `<h2>${escapeHtml(m.spreadsheets)}</h2><p>${escapeHtml(m.spreadsheetsIntro)}</p><form class="search" method="get" action="${PATHS.eventsCsv}">` +
    `<label>${escapeHtml(m.from)}<input type="date" name="from" required></label><label>${escapeHtml(m.to)}<input type="date" name="to" required></label>` +
    `<button type="submit">${escapeHtml(m.download)}</button></form>`
  );
}

/** The desk: open flags first (recalls, holds, origin mismatches, yield anomalies), then the searches. */
export function renderStartPage(ctx: PageContext, names: MasterNames, flags: OpenFlagsView): string {
  const x = new InspectorFormat(ctx.lang, names);
  return inspectorShell(ctx, x.m.startTitle, `<h1>${escapeHtml(x.m.startTitle)}</h1>${flagsSection(x, flags)}${searchForms(x)}`);
}

/** Links to every page about a lot. */
export function lotActions(x: InspectorFormat, lotId: string): string {
  return (
    `<p class="actions"><a href="${href(PATHS.lot(lotId), x.lang)}">${escapeHtml(x.m.auditTitle)}</a>` +
    `<a href="${href(PATHS.traceBack(lotId), x.lang)}">${escapeHtml(x.m.traceBack)}</a>` +
    `<a href="${href(PATHS.traceForward(lotId), x.lang)}">${escapeHtml(x.m.traceForward)}</a>` +
    `<a href="${escapeHtml(PATHS.traceCsv(lotId))}" download>${escapeHtml(x.m.traceCsv)}</a></p>`
  );
}

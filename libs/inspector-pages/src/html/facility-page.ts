import { escapeHtml } from '#tamga/consumer-page';
import type { FacilityBalanceView } from '#tamga/read-models';
import { InspectorFormat } from './inspector-format';
import { inspectorShell } from './inspector-shell';
import { PATHS, href } from './links';
import { MasterNames, Names, PageContext } from './page-context';
import { flagDetails, searchForms } from './start-page';

function productsTable(x: InspectorFormat, view: FacilityBalanceView): string {
  const m = x.m;
  const heads = [m.product, m.harvested, m.made, m.received, m.consumed, m.shipped, m.sold, m.exported, m.onHand, m.lostInTransit, m.loss];
  const rows = view.products.map((p) => {
    const cells = [p.in.harvested, p.in.made, p.in.received, p.out.consumed, p.out.shipped, p.out.sold, p.out.exported, p.onHand, p.lostInTransit];
    return `<tr data-product="${escapeHtml(p.productId)}"><td>${x.product(p.productId)}</td>${cells.map((q) => `<td class="n">${x.quantity(q)}</td>`).join('')}<td class="n">${x.percent(p.lossPercent)}</td></tr>`;
  });
  return (
    `<h2 id="products">${escapeHtml(m.balanceTitle)}</h2><div class="scroll"><table><thead><tr>` +
    heads.map((h, i) => `<th${i > 0 ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('') +
    `</tr></thead><tbody>${rows.join('') || `<tr><td colspan="11">${escapeHtml(m.none)}</td></tr>`}</tbody></table></div>`
  );
}

function processingTable(x: InspectorFormat, view: FacilityBalanceView): string {
  const m = x.m;
  if (view.processing.length === 0) return '';
  const rows = view.processing.map((p) => {
    const name = x.f.m.processes[p.process] !== undefined ? x.term(x.f.m.processes, p.process) : x.term(m.eventTypes, `lot.${p.process}`);
    return `<tr data-process="${escapeHtml(p.process)}"><td>${name}</td><td class="n">${x.f.number(p.facts)}</td><td class="n">${x.f.number(p.consumed)}</td><td class="n">${x.f.number(p.made)}</td><td class="n">${x.share(p.yield)}</td><td class="n">${x.percent(p.lossPercent)}</td></tr>`;
  });
  return (
    `<h2 id="processing">${escapeHtml(m.processing)}</h2><div class="scroll"><table><thead><tr><th>${escapeHtml(m.process)}</th><th class="n">${escapeHtml(m.facts)}</th>` +
    `<th class="n">${escapeHtml(m.consumed)}</th><th class="n">${escapeHtml(m.made)}</th><th class="n">${escapeHtml(m.yieldLabel)}</th><th class="n">${escapeHtml(m.loss)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** A facility's balance: per product in, out, on hand and loss; its processing yields; the flags of what passed through. */
export function renderFacilityPage(ctx: PageContext, names: MasterNames, view: FacilityBalanceView): string {
  const x = new InspectorFormat(ctx.lang, names);
  const place = x.f.name(view.names, view.placeId);
  const flags = view.flags.length === 0
    ? `<p>${escapeHtml(x.m.none)}</p>`
    : `<ul class="flag-list">${view.flags.map((f) => `<li data-flag="${escapeHtml(f.kind)}"><strong>${x.term(x.m.flagKinds, f.kind)}</strong> · ${x.lot(f.lotId)} · <span class="muted">${flagDetails(x, f.details)}</span></li>`).join('')}</ul>`;
  const body =
    `<h1>${x.t(x.m.facilityTitle, { place })}</h1><p class="code" translate="no">${escapeHtml(view.placeId)}${view.kind ? ` · ${escapeHtml(view.kind)}` : ''}</p>` +
    productsTable(x, view) + processingTable(x, view) + `<h2 id="flags">${escapeHtml(x.m.flags)}</h2>${flags}`;
  return inspectorShell(ctx, x.m.facilityTitle.replace('{place}', view.placeId), body);
}

/** A place found by a facility search. */
export interface FoundPlace {
  readonly placeId: string;
  readonly kind: string;
  readonly names: Names | null;
}

/** Facility search results, each linked to its balance, with the search form again. */
export function renderFacilitySearchPage(ctx: PageContext, query: string, found: readonly FoundPlace[]): string {
  const x = new InspectorFormat(ctx.lang, { products: new Map(), places: new Map() });
  const q = escapeHtml(query);
  const list = found.length === 0
    ? `<p role="status">${x.t(x.m.noFacilities, { q })}</p>`
    : `<ul id="facilities">${found.map((p) => `<li><a href="${href(PATHS.facility(p.placeId), ctx.lang)}">${x.f.name(p.names, p.placeId)}</a> <span class="muted" translate="no">${escapeHtml(p.placeId)} · ${escapeHtml(p.kind)}</span></li>`).join('')}</ul>`;
  return inspectorShell(ctx, x.m.findFacility, `<h1>${x.t(x.m.facilityResults, { q })}</h1>${list}${searchForms(x, '', query)}`);
}

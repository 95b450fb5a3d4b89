import { escapeHtml } from '#tamga/consumer-page';
import type { ReachedUnitView, TraceForwardView } from '#tamga/read-models';
import { InspectorFormat } from './inspector-format';
import { inspectorShell } from './inspector-shell';
import { MasterNames, PageContext } from './page-context';
import { lotActions } from './start-page';
import { completenessNote } from './trace-back-page';

function lotsTable(x: InspectorFormat, trace: TraceForwardView): string {
  const m = x.m;
  const rows = trace.lots.map((l) => {
    const status = [l.recallId ? `<strong class="bad">${escapeHtml(m.recalled)}</strong>` : '', l.held ? `<strong class="bad">${escapeHtml(m.held)}</strong>` : '']
      .filter((s) => s !== '')
      .join(', ');
    const custodians = l.custodians.map((c) => `${x.party(c.partyId)} @ ${x.placeLink(c.placeId)}`).join('<br>');
    return (
      `<tr data-lot="${escapeHtml(l.lotId)}"><td class="lot" style="padding-left:${l.depth * 1.25}rem">${l.depth > 0 ? '└ ' : ''}${x.lot(l.lotId)}</td>` +
      `<td>${x.product(l.productId)}</td><td class="n">${x.share(l.share)}</td><td class="n">${x.quantity(l.fromTraced)}</td><td>${status || '—'}</td>` +
      `<td class="n">${x.quantity(l.onHand)}</td><td>${custodians || '—'}</td></tr>`
    );
  });
  return (
    `<h2 id="lots">${escapeHtml(m.lotsDownstream)}</h2><div class="scroll"><table class="tree"><thead><tr><th>${escapeHtml(x.f.m.lot)}</th><th>${escapeHtml(m.product)}</th>` +
    `<th class="n">${escapeHtml(m.share)}</th><th class="n">${escapeHtml(m.fromTraced)}</th><th>${escapeHtml(m.status)}</th><th class="n">${escapeHtml(m.onHand)}</th>` +
    `<th>${escapeHtml(m.custodians)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

function shopsTable(x: InspectorFormat, trace: TraceForwardView): string {
  const m = x.m;
  if (trace.shops.length === 0) return `<h2 id="shops">${escapeHtml(m.shops)}</h2><p>${escapeHtml(m.none)}</p>`;
  const rows = trace.shops.flatMap((s) =>
    s.lots.map(
      (l) =>
        `<tr data-shop="${escapeHtml(s.placeId)}"><td>${x.placeLink(s.placeId)}</td><td>${s.partyIds.map((p) => x.party(p)).join(', ')}</td>` +
        `<td>${x.lot(l.lotId)}</td><td class="n">${x.quantity(l.received)}</td><td class="n">${x.quantity(l.sold)}</td></tr>`,
    ),
  );
  return (
    `<h2 id="shops">${escapeHtml(m.shops)}</h2><div class="scroll"><table><thead><tr><th>${escapeHtml(m.shops)}</th><th>${escapeHtml(m.custodians)}</th><th>${escapeHtml(x.f.m.lot)}</th>` +
    `<th class="n">${escapeHtml(m.received)}</th><th class="n">${escapeHtml(m.sold)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

function exportsTable(x: InspectorFormat, trace: TraceForwardView): string {
  const m = x.m;
  if (trace.exports.length === 0) return `<h2 id="exports">${escapeHtml(m.exports)}</h2><p>${escapeHtml(m.none)}</p>`;
  const rows = trace.exports.map(
    (e) =>
      `<tr data-export="${escapeHtml(e.shipmentId)}"><td translate="no"><code>${escapeHtml(e.shipmentId)}</code></td><td>${x.lot(e.lotId)}</td><td class="n">${x.quantity(e.quantity)}</td>` +
      `<td>${e.destinationCountry ? x.f.country(e.destinationCountry) : '—'}</td><td>${e.buyer ? escapeHtml(e.buyer.name) : '—'}</td><td>${x.party(e.exporterId)}</td>` +
      `<td class="when">${x.time(e.exportedAt)}</td></tr>`,
  );
  return (
    `<h2 id="exports">${escapeHtml(m.exports)}</h2><div class="scroll"><table><thead><tr><th>#</th><th>${escapeHtml(x.f.m.lot)}</th><th class="n">${escapeHtml(m.quantity)}</th>` +
    `<th>${escapeHtml(m.destination)}</th><th>${escapeHtml(m.buyer)}</th><th>${escapeHtml(m.exporter)}</th><th>${escapeHtml(m.exported)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** Units per lot: every serial (a recall notice lists them), the sold ones in bold with their shop. */
function unitsSection(x: InspectorFormat, units: readonly ReachedUnitView[]): string {
  const m = x.m;
  if (units.length === 0) return '';
  const byLot = new Map<string, ReachedUnitView[]>();
  for (const u of units) byLot.set(u.lotId, [...(byLot.get(u.lotId) ?? []), u]);
  const lists = [...byLot].map(([lotId, list]) => {
    const sold = list.filter((u) => u.sold);
    const soldList = sold.map((u) => `<li data-serial="${escapeHtml(u.serial)}"><code>${escapeHtml(u.serial)}</code> · ${x.place(u.sold!.shopPlaceId)} · ${x.time(u.sold!.soldAt)}</li>`).join('');
    const serials = list.map((u) => (u.sold ? `<b>${escapeHtml(u.serial)}</b>` : escapeHtml(u.serial))).join(' ');
    return (
      `<h3>${x.lot(lotId)}: ${x.f.number(list.length)} ${escapeHtml(m.units.toLowerCase())}</h3>` +
      (sold.length > 0 ? `<p>${escapeHtml(m.unitsSold)} (${x.f.number(sold.length)}):</p><ul>${soldList}</ul>` : '') +
      `<p class="serials">${serials}</p>`
    );
  });
  return `<h2 id="units">${escapeHtml(m.units)}</h2>${lists.join('')}`;
}

/** Trace forward, a recall's blast radius: the reach in one sentence, then lots, shops, exports and units. Prints on A4. */
export function renderTraceForwardPage(ctx: PageContext, names: MasterNames, trace: TraceForwardView): string {
  const x = new InspectorFormat(ctx.lang, names);
  const s = trace.summary;
  const countries = s.countries.map((c) => x.f.country(c)).join(', ');
  const reach = x.t(x.m.reach, { lots: x.f.number(s.lots), units: x.f.number(s.units), sold: x.f.number(s.unitsSold), shops: x.f.number(s.shops), exports: x.f.number(s.exports) });
  const title = x.t(x.m.traceForwardTitle, { lot: escapeHtml(trace.lotId) });
  const body =
    `<h1>${title}</h1><p>${escapeHtml(x.m.product)}: ${x.product(trace.productId)}</p>` + lotActions(x, trace.lotId) +
    `<p class="banner stop" id="reach"><strong>${reach}</strong>${countries ? `<span>${escapeHtml(x.m.destination)}: ${countries}</span>` : ''}</p>` +
    completenessNote(x, trace) + lotsTable(x, trace) + shopsTable(x, trace) + exportsTable(x, trace) + unitsSection(x, trace.units) +
    `<p class="muted no-print">${escapeHtml(x.m.print)}</p>`;
  return inspectorShell(ctx, x.m.traceForwardTitle.replace('{lot}', trace.lotId), body);
}

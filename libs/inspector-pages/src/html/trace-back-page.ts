import { escapeHtml } from '#tamga/consumer-page';
import type { TraceBackView, TraceCompleteness, UpstreamLotView } from '#tamga/read-models';
import { InspectorFormat } from './inspector-format';
import { inspectorShell } from './inspector-shell';
import { MasterNames, PageContext } from './page-context';
import { lotActions } from './start-page';

/** Says plainly when a trace is not the whole story (depth bound, cycle): a report must not claim more. */
export function completenessNote(x: InspectorFormat, trace: TraceCompleteness): string {
  const lots = (ids: readonly string[]) => ids.map((id) => x.lot(id)).join(', ');
  const notes = [
    trace.depthLimitReached ? x.t(x.m.incomplete, { depth: trace.maxDepth, lots: lots(trace.stoppedAt) }) : '',
    trace.cycleLotIds.length > 0 ? x.t(x.m.cycle, { lots: lots(trace.cycleLotIds) }) : '',
  ].filter((n) => n !== '');
  return notes.map((n) => `<p class="banner wait" role="status">${n}</p>`).join('');
}

function villagesTable(x: InspectorFormat, trace: TraceBackView): string {
  const m = x.m;
  const rows = trace.villages.map((v) => {
    const contributed = v.contributed.map((c) => `${x.quantity(c.quantity)} ${x.product(c.productId)}`).join('<br>');
    return `<tr data-village="${escapeHtml(v.villageId)}"><td>${x.f.name(v.names, v.villageId)}</td><td class="n">${x.share(v.share)}</td><td>${contributed}</td><td>${v.producerIds.map((p) => x.party(p)).join(', ')}</td></tr>`;
  });
  return (
    `<h2 id="villages">${escapeHtml(m.villages)}</h2><div class="scroll"><table><thead><tr><th>${escapeHtml(m.village)}</th><th class="n">${escapeHtml(m.share)}</th>` +
    `<th>${escapeHtml(m.contributed)}</th><th>${escapeHtml(m.producers)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

function producersTable(x: InspectorFormat, trace: TraceBackView): string {
  const m = x.m;
  const rows = trace.producers.map((p) => `<tr data-producer="${escapeHtml(p.producerId)}"><td>${x.party(p.producerId)}</td><td class="n">${x.share(p.share)}</td><td>${p.villageIds.map((v) => x.place(v)).join(', ')}</td></tr>`);
  return (
    `<h2 id="producers">${escapeHtml(m.producers)}</h2><p class="muted">${escapeHtml(x.f.m.producerNote)}</p><div class="scroll"><table><thead><tr><th>${escapeHtml(m.producers)}</th>` +
    `<th class="n">${escapeHtml(m.share)}</th><th>${escapeHtml(m.village)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** How a lot came to be: the process (or split, merge) and where, or the harvest with its village and producer. */
function madeBy(x: InspectorFormat, lot: UpstreamLotView): string {
  if (lot.origin) {
    return `${x.term(x.m.eventTypes, 'lot.harvested')} · ${x.place(lot.origin.villageId)} · ${x.party(lot.origin.producerId)} · ${x.time(lot.origin.harvestedAt)} · ${x.quantity(lot.origin.harvested)}`;
  }
  if (!lot.madeBy) return '—';
  const how = lot.madeBy.process ? x.term(x.f.m.processes, lot.madeBy.process) : x.term(x.m.eventTypes, `lot.${lot.madeBy.kind}`);
  return `${how} · ${x.placeLink(lot.madeBy.placeId)} · ${x.time(lot.madeBy.occurredAt)}`;
}

/** The upstream lots as an indented tree (depth = indentation), each with its share of the traced lot. */
function lotsTree(x: InspectorFormat, trace: TraceBackView): string {
  const m = x.m;
  const rows = trace.lots.map(
    (l) =>
      `<tr data-lot="${escapeHtml(l.lotId)}"><td class="lot" style="padding-left:${l.depth * 1.25}rem">${l.depth > 0 ? '└ ' : ''}${x.lot(l.lotId)}</td>` +
      `<td class="n">${l.depth}</td><td>${x.product(l.productId)}</td><td class="n">${x.share(l.share)}</td><td class="n">${x.quantity(l.contributed)}</td><td>${madeBy(x, l)}</td></tr>`,
  );
  return (
    `<h2 id="lots">${escapeHtml(m.lotsUpstream)}</h2><div class="scroll"><table class="tree"><thead><tr><th>${escapeHtml(x.f.m.lot)}</th><th class="n">${escapeHtml(m.depth)}</th>` +
    `<th>${escapeHtml(m.product)}</th><th class="n">${escapeHtml(m.share)}</th><th class="n">${escapeHtml(m.contributed)}</th><th>${escapeHtml(m.madeBy)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** Trace back: origin villages and producers with shares and quantities, then every upstream lot. */
export function renderTraceBackPage(ctx: PageContext, names: MasterNames, trace: TraceBackView): string {
  const x = new InspectorFormat(ctx.lang, names);
  const title = x.t(x.m.traceBackTitle, { lot: escapeHtml(trace.lotId) });
  const body =
    `<h1>${title}</h1><p>${escapeHtml(x.m.product)}: ${x.product(trace.productId)}</p><p class="muted">${escapeHtml(x.m.traceBackIntro)}</p>` +
    lotActions(x, trace.lotId) + completenessNote(x, trace) + villagesTable(x, trace) + producersTable(x, trace) + lotsTree(x, trace);
  return inspectorShell(ctx, x.m.traceBackTitle.replace('{lot}', trace.lotId), body);
}

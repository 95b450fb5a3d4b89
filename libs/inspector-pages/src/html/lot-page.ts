import { escapeHtml } from '#tamga/consumer-page';
import type { AmendmentView, AuditEntryView, LotAuditView, LotBalanceView } from '#tamga/read-models';
import { InspectorFormat, QuantityLike } from './inspector-format';
import { inspectorShell } from './inspector-shell';
import { MasterNames, PageContext } from './page-context';
import { flagDetails, lotActions } from './start-page';

const isQuantity = (v: unknown): v is QuantityLike =>
  typeof v === 'object' && v !== null && typeof (v as QuantityLike).amount === 'number' && typeof (v as QuantityLike).unit === 'string';

/**
 * The quantity an event recorded for this lot: its own `quantity`, or this lot's entry in a
 * multi-lot fact (a shipment's lots, a transformation's inputs and outputs). Null when it names none.
 */
export function quantityForLot(data: unknown, lotId: string): QuantityLike | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  for (const value of Object.values(record)) {
    if (!Array.isArray(value)) continue;
    const mine = value.find((item) => typeof item === 'object' && item !== null && item.lotId === lotId && isQuantity(item.quantity));
    if (mine) return mine.quantity;
  }
  if (isQuantity(record.quantity)) return record.quantity;
  // A correction names its right quantity under its own field: any one quantity the event carries.
  const quantities = Object.values(record).filter(isQuantity);
  return quantities.length === 1 ? quantities[0] : null;
}

/** The place an event happened at, whichever field its type names it by. */
function placeOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  for (const key of ['placeId', 'shopPlaceId', 'fromPlaceId']) if (typeof d[key] === 'string') return d[key] as string;
  return null;
}

/** A correction or retraction, shown inside the row of the event it amends. */
function amendmentNote(x: InspectorFormat, a: AmendmentView): string {
  const what = a.type === 'lot.corrected' ? x.t(x.m.correctedTo, { quantity: x.quantity(a.quantity) }) : escapeHtml(x.m.retracted);
  const withdrawn = a.standing ? '' : ` (${escapeHtml(x.m.withdrawn)})`;
  return (
    `<span class="amendment" data-amendment="${escapeHtml(a.eventId)}"><strong>${what}</strong>${withdrawn} · ${escapeHtml(x.m.reason)}: «${escapeHtml(a.reason)}»` +
    ` · ${x.party(a.recordedBy)} · ${escapeHtml(x.m.recorded)} ${x.time(a.recordedAt)}</span>`
  );
}

function auditRow(x: InspectorFormat, lotId: string, e: AuditEntryView): string {
  const q = quantityForLot(e.data, lotId);
  const effective = e.status === 'corrected' && e.effectiveQuantity ? e.effectiveQuantity : null;
  const quantity = e.status === 'retracted' ? `<del>${x.quantity(q)}</del>` : effective ? `<del>${x.quantity(q)}</del> <ins>${x.quantity(effective)}</ins>` : x.quantity(q);
  const amends = e.amends
    ? `<span class="muted">${x.t(e.type === 'lot.retracted' ? x.m.retracts : x.m.corrects, { n: e.amends.version ?? '?' })}</span>`
    : '';
  const reason = typeof (e.data as { reason?: unknown })?.reason === 'string' ? `<br>${escapeHtml(x.m.reason)}: «${escapeHtml((e.data as { reason: string }).reason)}»` : '';
  const notes = `${amends}${reason}${e.amendments.map((a) => amendmentNote(x, a)).join('')}`;
  return (
    `<tr id="event-${e.version}" data-type="${escapeHtml(e.type)}"${e.amendments.length > 0 ? ' class="amended"' : ''}>` +
    `<td class="n">${e.version}</td><td>${x.term(x.m.eventTypes, e.type)}</td><td class="when">${x.time(e.occurredAt)}</td>` +
    `<td class="when">${x.time(e.recordedAt)}</td><td>${x.party(e.recordedBy)}</td><td class="n">${quantity}</td>` +
    `<td>${x.place(placeOf(e.data))}</td><td>${notes}</td></tr>`
  );
}

/** The audit table: every event in stream order, corrections in the row of what they correct and in their own row. */
export function auditTable(x: InspectorFormat, audit: LotAuditView): string {
  const m = x.m;
  const head = ['#', m.event, m.happened, m.recorded, m.recordedBy, m.quantity, m.place, m.details];
  return (
    `<h2 id="audit">${escapeHtml(m.auditTitle)}</h2><div class="scroll"><table><thead><tr>` +
    head.map((h, i) => `<th${i === 0 || i === 5 ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('') +
    `</tr></thead><tbody>${audit.events.map((e) => auditRow(x, audit.lotId, e)).join('')}</tbody></table></div>`
  );
}

/** The balance: in, out, custody, on hand and loss, then the lot's open flags. */
export function balanceSection(x: InspectorFormat, b: LotBalanceView): string {
  const m = x.m;
  const row = (label: string, q: QuantityLike, id: string) => `<tr data-balance="${id}"><th>${escapeHtml(label)}</th><td class="n">${x.quantity(q)}</td></tr>`;
  const rows = [
    `<tr><th colspan="2">${escapeHtml(m.inLabel)}</th></tr>`, row(m.harvested, b.in.harvested, 'harvested'), row(m.made, b.in.made, 'made'),
    `<tr><th colspan="2">${escapeHtml(m.outLabel)}</th></tr>`, row(m.consumed, b.out.consumed, 'consumed'), row(m.sold, b.out.sold, 'sold'),
    row(m.exported, b.out.exported, 'exported'), row(m.lostInTransit, b.out.lostInTransit, 'lost'),
    row(m.shipped, b.custody.shipped, 'shipped'), row(m.received, b.custody.received, 'received'), row(m.inTransit, b.custody.inTransit, 'in-transit'),
    row(m.onHand, b.onHand, 'on-hand'),
    `<tr data-balance="loss"><th>${escapeHtml(m.loss)}</th><td class="n">${x.percent(b.lossPercent)}</td></tr>`,
  ].join('');
  const flags = b.flags.length === 0
    ? `<p>${escapeHtml(m.none)}</p>`
    : `<ul class="flag-list">${b.flags.map((f) => `<li data-flag="${escapeHtml(f.kind)}"><strong>${x.term(m.flagKinds, f.kind)}</strong> · ${x.time(f.raisedAt)} · <span class="muted">${flagDetails(x, f.details)}</span></li>`).join('')}</ul>`;
  return `<h2 id="balance">${escapeHtml(m.balanceTitle)}</h2><table class="balance" style="max-width:28rem">${rows}</table><h3>${escapeHtml(m.flags)}</h3>${flags}`;
}

/** A lot's page: product, links to its traces and spreadsheet, the audit trail and the balance. */
export function renderLotPage(ctx: PageContext, names: MasterNames, audit: LotAuditView, balance: LotBalanceView | null): string {
  const x = new InspectorFormat(ctx.lang, names);
  const title = x.t(x.m.lotTitle, { lot: escapeHtml(audit.lotId) });
  const body =
    `<h1 translate="no">${title}</h1><p>${escapeHtml(x.m.product)}: ${x.product(audit.productId)}</p>${lotActions(x, audit.lotId)}` +
    auditTable(x, audit) + (balance ? balanceSection(x, balance) : '');
  return inspectorShell(ctx, x.m.lotTitle.replace('{lot}', audit.lotId), body);
}

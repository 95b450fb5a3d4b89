import { LotStory, OriginGroup, Step } from '../story/lot-story';
import { PageLanguage } from '../language/languages';
import { localised } from '../language/localised';
import { originMapSvg } from '../map/origin-map';
import { escapeHtml } from './escape';
import { Formatter, formatterFor } from './format';
import { pageShell } from './page-shell';
import { bannerHtml, namesHtml, placeHtml } from './story-parts';

/** How many villages the origin section describes one by one; the map marks them all. */
const MAX_ORIGIN_GROUPS = 6;

const section = (id: string, title: string, content: string) =>
  `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${content}</section>`;

function originHtml(f: Formatter, story: LotStory): string {
  const m = f.m;
  if (story.origins.length === 0) return section('origin', f.t(m.originTitle), `<p>${f.t(m.noOrigin)}</p>`);
  const madeFromOthers = story.origins.some((g) => g.products.some((p) => p.id !== story.product.id));
  const group = (g: OriginGroup) =>
    `<dl><dt>${f.t(m.village)}</dt><dd>${placeHtml(f, g.village, 2)}</dd>` +
    `<dt>${f.t(m.producer)}</dt><dd>${g.producerIds.map((id) => `<code translate="no">${escapeHtml(id)}</code>`).join(', ')}</dd>` +
    `<dt>${f.t(m.harvested)}</dt><dd>${f.dateRange(g.firstHarvest, g.lastHarvest)}</dd>` +
    (g.sites.length > 0 ? `<dt>${f.t(m.harvestPlace)}</dt><dd>${namesHtml(f, g.sites)}</dd>` : '') +
    (madeFromOthers ? `<dt>${f.t(m.madeFrom)}</dt><dd>${namesHtml(f, g.products)}</dd>` : '') +
    `</dl>`;
  const shown = story.origins.slice(0, MAX_ORIGIN_GROUPS);
  const hidden = story.origins.length - shown.length;
  const only = story.origins.length === 1 ? localised(story.origins[0].village.names, f.lang) : null;
  const map = originMapSvg({
    points: story.origins.flatMap((g) => g.points),
    label: only,
    title: m.mapCaption,
    lake: m.mapLake,
    capital: m.mapCapital,
  });
  return section(
    'origin',
    f.t(m.originTitle),
    (story.harvestCount > 1 ? `<p>${f.t(m.harvestsCount, { n: f.number(story.harvestCount) })}</p>` : '') +
      shown.map(group).join('') +
      (hidden > 0 ? `<p>${f.t(m.andMore, { n: f.number(hidden) })}</p>` : '') +
      `<p class="muted">${f.t(m.producerNote)}</p>` +
      `<figure>${map}<figcaption>${f.t(m.mapCaption)}</figcaption></figure>`,
  );
}

function stepHtml(f: Formatter, step: Step): string {
  const m = f.m;
  const what =
    step.kind === 'transformation' ? (step.process ? f.term(m.processes, step.process) : '')
    : step.kind === 'split' ? f.t(m.stepSplit)
    : step.kind === 'merge' ? f.t(m.stepMerged)
    : f.t(m.stepPacked);
  const parts = [`<b>${what}</b>`, f.date(step.date)];
  if (step.place) parts.push(placeHtml(f, step.place, 1));
  if (step.units) parts.push(`${f.number(step.units.count)} × ${f.quantity(step.units.size.amount, step.units.size.unit)}`);
  const inputs = step.kind === 'transformation' || step.kind === 'merge' ? `<br><span class="muted">${f.t(m.stepInputs)}: ${namesHtml(f, step.inputs)}</span>` : '';
  return `<li>${parts.join(' · ')}${inputs}</li>`;
}

function stepsHtml(f: Formatter, story: LotStory): string {
  const m = f.m;
  if (story.steps.length === 0) return section('steps', f.t(m.stepsTitle), `<p>${f.t(m.noSteps)}</p>`);
  return section(
    'steps',
    f.t(m.stepsTitle),
    (story.earlierSteps > 0 ? `<p class="muted">${f.t(m.earlierSteps, { n: f.number(story.earlierSteps) })}</p>` : '') +
      `<ol>${story.steps.map((s) => stepHtml(f, s)).join('')}</ol>`,
  );
}

function certificatesHtml(f: Formatter, story: LotStory): string {
  const m = f.m;
  const items = story.certificates.map(
    (c) => `<li><b>${f.name(c.scheme.names, c.scheme.id)}</b> · ${f.t(m.validUntil, { date: f.date(c.validUntil) })}</li>`,
  );
  return section('certifications', f.t(m.certificatesTitle), items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${f.t(m.noCertificates)}</p>`);
}

function limitHtml(f: Formatter, min: number | null, max: number | null, unit: string): string {
  const u = unit ? ` ${escapeHtml(unit)}` : '';
  if (min !== null && max !== null) return `${f.number(min)}–${f.number(max)}${u}`;
  if (max !== null) return `≤ ${f.number(max)}${u}`;
  if (min !== null) return `≥ ${f.number(min)}${u}`;
  return '';
}

function labHtml(f: Formatter, story: LotStory): string {
  const m = f.m;
  if (!story.lab) return section('lab', f.t(m.labTitle), `<p>${f.t(m.noLab)}</p>`);
  const rows = story.lab.results.map((r) => {
    const limit = limitHtml(f, r.min, r.max, r.unit);
    const verdict = r.withinLimits ? `<span class="ok">✓ ${f.t(m.labWithin)}</span>` : `<span class="bad">✗ ${f.t(m.labOutside)}</span>`;
    return (
      `<tr><td>${f.term(m.labParameters, r.parameter)}</td><td>${f.number(r.value)}${r.unit ? ` ${escapeHtml(r.unit)}` : ''}</td>` +
      `<td>${verdict}${limit ? `<br><span class="muted">${f.t(m.labLimit)} ${limit}</span>` : ''}</td></tr>`
    );
  });
  return section('lab', f.t(m.labTitle), `<p>${f.t(m.labTested, { date: f.date(story.lab.lastTested) })}</p><table><tbody>${rows.join('')}</tbody></table>`);
}

function salesHtml(f: Formatter, story: LotStory): string {
  const m = f.m;
  const items = [
    ...story.sales.map((s) => `<li>${placeHtml(f, s.place, 1)} · ${f.dateRange(s.firstSale, s.lastSale)}</li>`),
    ...story.exports.map((e) => `<li>${f.t(m.exportedTo, { country: f.country(e.country) })} · ${f.date(e.firstExport)}</li>`),
  ];
  return section('sold', f.t(m.soldTitle), items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${f.t(m.notSold)}</p>`);
}

function integrityHtml(f: Formatter, story: LotStory): string {
  const m = f.m;
  const i = story.integrity;
  // Japanese and Chinese put no space between sentences.
  const gap = f.lang === 'ja' || f.lang === 'zh' ? '' : ' ';
  const sentences = [
    f.t(m.integrity, { n: f.number(i.events), date: f.date(i.lastRecordedOn) }),
    ...(i.upstreamLots > 0 ? [f.t(m.integrityUpstream, { n: f.number(i.upstreamLots) })] : []),
    logSentence(f, i),
  ];
  return section('record', f.t(m.integrityTitle), `<p>${sentences.join(gap)}</p>`);
}

// Honest about the log: a checkpoint and the proof against it once one covers the latest event, else that it is pending.
function logSentence(f: Formatter, i: LotStory['integrity']): string {
  if (!i.log) return f.t(f.m.verifySoon);
  if (i.log.checkpoint === null) return f.t(f.m.integrityLogPending);
  const proof = `/log/events/${encodeURIComponent(i.log.eventId)}/inclusion-proof?treeSize=${i.log.checkpoint}`;
  return `${f.t(f.m.integrityLog, { n: String(i.log.checkpoint) })} <a href="${escapeHtml(proof)}">${f.t(f.m.integrityLogProof)}</a>`;
}

/** The consumer page of a lot or unit: a whole HTML document in the reader's language. */
export function renderLotPage(story: LotStory, lang: PageLanguage, path: string, linksetHref: string): string {
  const f = formatterFor(lang);
  const m = f.m;
  const product = f.name(story.product.names, story.product.id);
  const title = localised(story.product.names, lang)?.text ?? story.product.id;
  const code =
    `${f.term(m.categories, story.product.category)} · ${f.t(m.lot)} <code>${escapeHtml(story.lotId)}</code>` +
    (story.unit ? ` · ${f.t(m.serial)} <code>${escapeHtml(story.unit.serial)}</code>` : '') +
    ` · ${f.t(m.gtin)} <code>${escapeHtml(story.code.gtin)}</code>`;
  const sold = story.unit?.sold ? `<p>${f.t(m.unitSold, { place: placeHtml(f, story.unit.sold.place, 1), date: f.date(story.unit.sold.date) })}</p>` : '';
  const body =
    story.banners.map((b) => bannerHtml(f, b)).join('') +
    `<h1>${product}</h1><p class="code">${code}</p>${sold}` +
    originHtml(f, story) +
    stepsHtml(f, story) +
    certificatesHtml(f, story) +
    labHtml(f, story) +
    salesHtml(f, story) +
    integrityHtml(f, story);
  return pageShell({ lang, title: m.pageTitle.replace('{product}', title), body, path, linksetHref });
}

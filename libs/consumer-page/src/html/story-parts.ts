import { Banner, NamedThing, PlaceInContext } from '../story/lot-story';
import { escapeHtml } from './escape';
import { Formatter } from './format';

/** A place with as many of the places above it as given ("Tamga honey house, Tamga"). */
export function placeHtml(f: Formatter, place: PlaceInContext, above: number): string {
  return [place, ...place.within.slice(0, above)].map((p) => f.name(p.names, p.id)).join(', ');
}

/** Several named things, comma-separated. */
export function namesHtml(f: Formatter, things: readonly NamedThing[]): string {
  return things.map((t) => f.name(t.names, t.id)).join(', ');
}

/** Free text someone recorded (a recall's reason): shown as recorded, in quotes, not translated. */
export function recordedText(text: string): string {
  return `<q translate="no">${escapeHtml(text)}</q>`;
}

/** One banner: what happened, what to do, and the record's own words. */
export function bannerHtml(f: Formatter, banner: Banner): string {
  const m = f.m;
  const details = (reason: string | null, date: string | null) =>
    (reason ? `<p>${f.t(m.reason, { reason: recordedText(reason) })}</p>` : '') + (date ? `<p>${f.t(m.since, { date: f.date(date) })}</p>` : '');
  switch (banner.kind) {
    case 'recalled':
      return `<div class="banner stop" role="alert" id="recall"><strong>${f.t(m.bannerRecalled)}</strong>${details(banner.reason, banner.date)}</div>`;
    case 'unit-recalled':
      return `<div class="banner stop" role="alert" id="recall"><strong>${f.t(m.bannerUnitRecalled)}</strong>${details(banner.reason, banner.date)}</div>`;
    case 'ingredient-recalled':
      return (
        `<div class="banner stop" role="alert" id="ingredient-recall"><strong>` +
        f.t(m.bannerIngredientRecalled, { product: f.name(banner.product.names, banner.product.id), lot: `<code>${escapeHtml(banner.lotId)}</code>` }) +
        `</strong>${details(null, banner.date)}</div>`
      );
    case 'held':
      return `<div class="banner wait" role="status" id="hold"><strong>${f.t(m.bannerHeld)}</strong>${details(banner.reason, banner.date)}</div>`;
    case 'some-units-recalled':
      return `<div class="banner wait" role="status" id="recall"><strong>${f.t(m.bannerSomeUnitsRecalled, { n: f.number(banner.units) })}</strong></div>`;
  }
}

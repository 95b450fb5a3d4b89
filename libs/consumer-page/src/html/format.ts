import { unitOf } from '#tamga/domain';
import { CATALOGS, fill } from '../catalog/catalog';
import { Messages } from '../catalog/messages';
import { PageLanguage } from '../language/languages';
import { Names, localised } from '../language/localised';
import { escapeHtml } from './escape';

/** Intl units for the UN/CEFACT codes lots are counted in; pieces and m² are written by the catalog. */
const INTL_UNIT: Readonly<Record<string, string>> = { KGM: 'kilogram', GRM: 'gram', LTR: 'liter', MLT: 'milliliter' };

/**
 * Everything a page writes in the reader's language, as HTML-escaped strings. Intl formatters are
 * slow to build and safe to share, so there is one Formatter per language for the process.
 */
export class Formatter {
  readonly m: Messages;
  private readonly dates: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;
  private readonly countries: Intl.DisplayNames;
  private readonly units = new Map<string, Intl.NumberFormat>();

  constructor(readonly lang: PageLanguage) {
    this.m = CATALOGS[lang];
    // Dates are Kyrgyzstan calendar dates already: formatted at UTC midnight, they cannot shift a day.
    this.dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    this.numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
    this.countries = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  }

  /** A YYYY-MM-DD date as the reader writes it, in a <time> element. */
  date(day: string): string {
    const at = new Date(`${day}T00:00:00Z`);
    const shown = Number.isNaN(at.getTime()) ? day : this.dates.format(at);
    return `<time datetime="${escapeHtml(day)}">${escapeHtml(shown)}</time>`;
  }

  /** A span of dates: one date when both are the same day. */
  dateRange(from: string, to: string): string {
    return from === to ? this.date(from) : `${this.date(from)} – ${this.date(to)}`;
  }

  number(value: number): string {
    return escapeHtml(this.numbers.format(value));
  }

  /** A quantity in the reader's words: "500 g", "500 г", "12 шт.". */
  quantity(amount: number, unit: string): string {
    let code: string;
    try {
      code = unitOf(unit).code;
    } catch {
      return `${this.number(amount)} ${escapeHtml(unit)}`;
    }
    // Lots are counted in kg or l, so a jar's size arrives as 0.5 kg: people read it as 500 g.
    if ((code === 'KGM' || code === 'LTR') && amount > 0 && amount < 1) return this.quantity(Math.round(amount * 1_000_000) / 1000, code === 'KGM' ? 'GRM' : 'MLT');
    if (code === 'H87') return escapeHtml(fill(this.m.pieces, { n: this.numbers.format(amount) }));
    if (code === 'MTK') return `${this.number(amount)} m²`;
    if (code === 'TNE') return `${this.number(amount)} t`;
    let format = this.units.get(code);
    if (!format) {
      format = new Intl.NumberFormat(this.lang, { style: 'unit', unit: INTL_UNIT[code], maximumFractionDigits: 3 });
      this.units.set(code, format);
    }
    return escapeHtml(format.format(amount));
  }

  /** A country's name from its ISO 3166-1 alpha-2 code; the code itself when Intl has no name. */
  country(code: string): string {
    try {
      return escapeHtml(this.countries.of(code.toUpperCase()) ?? code);
    } catch {
      return escapeHtml(code);
    }
  }

  /**
   * A master-data name in the reader's language. A name that fell back to another language says
   * which (a lang attribute, so screen readers and fonts switch); a thing with no names at all is
   * shown by its id.
   */
  name(names: Names | null, id: string): string {
    const text = localised(names, this.lang);
    if (!text) return `<span translate="no">${escapeHtml(id)}</span>`;
    return text.lang === this.lang ? escapeHtml(text.text) : `<span lang="${text.lang}">${escapeHtml(text.text)}</span>`;
  }

  /** A closed-list term (category, process, lab parameter), translated; unknown terms as recorded. */
  term(table: Readonly<Record<string, string>>, key: string): string {
    const known = table[key] ?? table[key.trim().toLowerCase()];
    return known !== undefined ? escapeHtml(known) : `<span translate="no">${escapeHtml(key)}</span>`;
  }

  /** A catalog template with its values, the values HTML already. */
  t(template: string, values: Readonly<Record<string, string | number>> = {}): string {
    return fill(escapeHtml(template), values);
  }
}

const FORMATTERS = new Map<PageLanguage, Formatter>();

/** The process's formatter for a language. */
export function formatterFor(lang: PageLanguage): Formatter {
  let formatter = FORMATTERS.get(lang);
  if (!formatter) {
    formatter = new Formatter(lang);
    FORMATTERS.set(lang, formatter);
  }
  return formatter;
}

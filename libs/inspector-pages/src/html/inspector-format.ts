import { Formatter, PageLanguage, escapeHtml, formatterFor } from '#tamga/consumer-page';
import { href, PATHS } from './links';
import { MasterNames } from './page-context';

/** A quantity as answers carry it. */
export interface QuantityLike {
  readonly amount: number;
  readonly unit: string;
}

const PERCENTS = new Map<PageLanguage, Intl.NumberFormat>();

/** Kyrgyzstan keeps UTC+6 all year; inspectors compare times with papers written there. */
const KYRGYZSTAN_OFFSET_MS = 6 * 3_600_000;

/**
 * The inspector's formatter: the consumer page's (dates, quantities, names in the reader's
 * language, field-by-field fallback) plus what an audit needs: times to the minute, shares as
 * percentages, lots, places and products as links or names.
 */
export class InspectorFormat {
  readonly f: Formatter;

  constructor(
    readonly lang: PageLanguage,
    private readonly names: MasterNames,
  ) {
    this.f = formatterFor(lang);
  }

  get m() {
    return this.f.m.inspector;
  }

  /** An instant in Kyrgyzstan time, to the minute, as "2026-09-01 07:00 +06": the same in every language, sortable by eye. */
  time(iso: string | null | undefined): string {
    if (!iso) return '—';
    const at = Date.parse(iso);
    if (Number.isNaN(at)) return escapeHtml(iso);
    const local = new Date(at + KYRGYZSTAN_OFFSET_MS).toISOString();
    return `<time datetime="${escapeHtml(iso)}">${local.slice(0, 10)} ${local.slice(11, 16)} +06</time>`;
  }

  /** A fraction (0.461538) as a percentage to one decimal, in the reader's notation. */
  share(fraction: number): string {
    let format = PERCENTS.get(this.lang);
    if (!format) {
      format = new Intl.NumberFormat(this.lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      PERCENTS.set(this.lang, format);
    }
    return escapeHtml(format.format(fraction));
  }

  /** A percentage already in percent (1.41 → "1.41 %"), as balances answer it. */
  percent(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : `${this.f.number(value)} %`;
  }

  quantity(q: QuantityLike | null | undefined): string {
    return q ? this.f.quantity(q.amount, q.unit) : '—';
  }

  product(productId: string | null | undefined): string {
    if (!productId) return '—';
    return this.f.name(this.names.products.get(productId) ?? null, productId);
  }

  place(placeId: string | null | undefined): string {
    if (!placeId) return '—';
    return this.f.name(this.names.places.get(placeId) ?? null, placeId);
  }

  /** A place with a link to its balance page. */
  placeLink(placeId: string | null | undefined): string {
    if (!placeId) return '—';
    return `<a href="${href(PATHS.facility(placeId), this.lang)}">${this.place(placeId)}</a>`;
  }

  /** A lot code, linked to its page. */
  lot(lotId: string | null | undefined): string {
    if (!lotId) return '—';
    return `<a href="${href(PATHS.lot(lotId), this.lang)}" translate="no"><code>${escapeHtml(lotId)}</code></a>`;
  }

  /** A party by its id: Tamga shows no person's name, only the registered id. */
  party(partyId: string | null | undefined): string {
    return partyId ? `<code translate="no">${escapeHtml(partyId)}</code>` : '—';
  }

  /** A closed-list term from the inspector's catalog, or the term as recorded. */
  term(table: Readonly<Record<string, string>>, key: string | null | undefined): string {
    return key ? this.f.term(table, key) : '—';
  }

  /** A catalog template with its values (HTML already). */
  t(template: string, values: Readonly<Record<string, string | number>> = {}): string {
    return this.f.t(template, values);
  }
}

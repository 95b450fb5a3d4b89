import { PageLanguage, isPageLanguage } from './languages';

/**
 * Languages the page is not written in whose readers most often also read one it is: across
 * Central Asia and the former Soviet Union that is Russian; Chinese script variants are Chinese.
 */
const NEAREST: Readonly<Record<string, PageLanguage>> = {
  kk: 'ru', uz: 'ru', tg: 'ru', tk: 'ru', be: 'ru', uk: 'ru', hy: 'ru', az: 'ru', ka: 'ru', mn: 'ru',
  yue: 'zh', wuu: 'zh', lzh: 'zh',
};

/** When the reader says nothing (no header: a bot, a plain HTTP client), the page is in the home language. */
export const HOME_LANGUAGE: PageLanguage = 'ky';

/** When the reader's languages are none of the page's, English is the one most foreign readers share. */
export const FOREIGN_LANGUAGE: PageLanguage = 'en';

interface Range {
  readonly tag: string;
  readonly q: number;
  readonly order: number;
}

/** Parses an Accept-Language header (RFC 9110 §12.5.4) into ranges, best first; malformed parts are skipped. */
export function acceptedLanguages(header: string): readonly string[] {
  const ranges: Range[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag.trim().toLowerCase();
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) return;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
      if (m) q = Math.min(1, Number(m[1]));
    }
    if (q > 0) ranges.push({ tag, q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((r) => r.tag);
}

function pageLanguageOf(tag: string): PageLanguage | null {
  const primary = tag.split('-')[0];
  if (isPageLanguage(primary)) return primary;
  return NEAREST[primary] ?? null;
}

/**
 * The page's language: `?lang=` when it names one of the page's languages (the switcher's links
 * set it), else the reader's best Accept-Language range that the page has (directly, or through
 * a language its readers usually also read), else English for a reader who asked for others,
 * else Kyrgyz for one who asked for none.
 */
export function choosePageLanguage(queryLang: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (typeof queryLang === 'string' && isPageLanguage(queryLang.toLowerCase())) return queryLang.toLowerCase() as PageLanguage;
  if (!acceptLanguage || acceptLanguage.trim() === '') return HOME_LANGUAGE;
  for (const tag of acceptedLanguages(acceptLanguage)) {
    if (tag === '*') return HOME_LANGUAGE;
    const lang = pageLanguageOf(tag);
    if (lang) return lang;
  }
  return FOREIGN_LANGUAGE;
}

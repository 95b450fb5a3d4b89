/** The languages the consumer page is written in: Kyrgyz, Russian and English at home, Japanese and Chinese for export buyers. */
export const PAGE_LANGUAGES = ['ky', 'ru', 'en', 'ja', 'zh'] as const;

/** A language the page is written in. */
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** Whether a string names one of the page's languages. */
export function isPageLanguage(value: unknown): value is PageLanguage {
  return typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Where a field missing in one language is read from instead, in order. Master data always has
 * ky, ru and en names (the domain requires them) and ja and zh only for exported goods; a
 * Japanese or Chinese reader is more likely to read English than Russian or Kyrgyz.
 */
export const FALLBACK_ORDER: Readonly<Record<PageLanguage, readonly PageLanguage[]>> = {
  ky: ['ky', 'ru', 'en'],
  ru: ['ru', 'en', 'ky'],
  en: ['en', 'ru', 'ky'],
  ja: ['ja', 'en', 'zh', 'ru', 'ky'],
  zh: ['zh', 'en', 'ja', 'ru', 'ky'],
};

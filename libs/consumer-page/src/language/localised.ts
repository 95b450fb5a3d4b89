import { FALLBACK_ORDER, PageLanguage } from './languages';

/** Names of a thing in some of the page's languages (master data's LocalisedNames, read loosely). */
export type Names = Partial<Readonly<Record<string, string>>>;

/** A text and the language it is actually in, which differs from the page's when it fell back. */
export interface LocalisedText {
  readonly text: string;
  readonly lang: PageLanguage;
}

/**
 * The name in the reader's language, else in the first language of its fallback order that has
 * one (field by field: a product may have a Japanese name while its village has none). Null only
 * for names with no usable language at all.
 */
export function localised(names: Names | null | undefined, lang: PageLanguage): LocalisedText | null {
  if (!names) return null;
  for (const candidate of FALLBACK_ORDER[lang]) {
    const text = names[candidate];
    if (typeof text === 'string' && text.trim() !== '') return { text, lang: candidate };
  }
  return null;
}

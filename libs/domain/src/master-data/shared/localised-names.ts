import { DomainError } from '../../shared/domain-error';

/**
 * A name in the languages Tamga's readers use: Kyrgyz, Russian and English always; Japanese and
 * Chinese when the thing is exported to buyers who read them.
 */
export interface LocalisedNames {
  readonly ky: string;
  readonly ru: string;
  readonly en: string;
  readonly ja?: string;
  readonly zh?: string;
}

const REQUIRED = ['ky', 'ru', 'en'] as const;
const OPTIONAL = ['ja', 'zh'] as const;
const MAX_LENGTH = 200;

/** Validates and trims names: ky, ru and en present and non-blank, ja and zh non-blank if given, none too long. */
export function localisedNamesOf(names: LocalisedNames, field = 'names'): LocalisedNames {
  const refuse = (language: string, rule: string, message: string) =>
    new DomainError('MASTER_DATA.INVALID_NAMES', 'invalid', `Invalid ${field}.${language}: ${message}`, [
      { field: `${field}.${language}`, rule, message },
    ]);
  const result: Record<string, string> = {};
  for (const language of [...REQUIRED, ...OPTIONAL]) {
    const raw: unknown = names?.[language];
    if (raw === undefined && (OPTIONAL as readonly string[]).includes(language)) continue;
    if (typeof raw !== 'string' || raw.trim() === '') {
      throw refuse(language, 'name-required', 'must be a non-blank name');
    }
    const name = raw.trim();
    if ([...name].length > MAX_LENGTH) throw refuse(language, 'name-length', `must be at most ${MAX_LENGTH} characters`);
    result[language] = name;
  }
  return result as unknown as LocalisedNames;
}

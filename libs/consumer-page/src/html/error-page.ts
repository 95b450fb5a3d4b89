import { PageLanguage } from '../language/languages';
import { formatterFor } from './format';
import { pageShell } from './page-shell';

/** Why a code could not be read, in the words a person holding the jar can act on. */
export type MalformedPart = 'gtin' | 'check-digit' | 'lot' | 'serial' | 'structure';

/** The malformed part of a refused Digital Link, from the parser's field and rule. */
export function malformedPartOf(field: string | undefined, rule: string | undefined): MalformedPart {
  if (field === 'gtin') return rule === 'gs1-check-digit' ? 'check-digit' : 'gtin';
  if (field === 'lot' || field === 'serial') return field;
  return 'structure';
}

/**
 * The friendly page for a code Tamga does not know (404) or cannot read (400): what went wrong and
 * what to do, in the reader's language, with the same language switcher as every page.
 */
export function renderErrorPage(kind: 'not-found' | 'malformed', lang: PageLanguage, path: string, part: MalformedPart = 'structure'): string {
  const f = formatterFor(lang);
  const m = f.m;
  const reasons: Record<MalformedPart, string> = {
    gtin: m.badGtin, 'check-digit': m.badCheckDigit, lot: m.badLot, serial: m.badSerial, structure: m.badStructure,
  };
  const [title, body] =
    kind === 'not-found' ? [m.notFoundTitle, f.t(m.notFoundBody)] : [m.badRequestTitle, f.t(m.badRequestBody, { reason: f.t(reasons[part]) })];
  return pageShell({ lang, title, body: `<h1>${f.t(title)}</h1><p>${body}</p>`, path });
}

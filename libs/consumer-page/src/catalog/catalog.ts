import { PageLanguage } from '../language/languages';
import { EN } from './en';
import { JA } from './ja';
import { KY } from './ky';
import { Messages } from './messages';
import { RU } from './ru';
import { ZH } from './zh';

/** Each page language's messages. */
export const CATALOGS: Readonly<Record<PageLanguage, Messages>> = { ky: KY, ru: RU, en: EN, ja: JA, zh: ZH };

/** Replaces `{name}` in a template by the values given (already escaped HTML or plain text, as the caller needs). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

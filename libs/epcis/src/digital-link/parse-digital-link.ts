import { DomainError, gtinOf } from '#tamga/domain';
import { SHORT_NAMES } from '../digital-link-canonicalisation';

/** A trade item's GS1 Digital Link as a resolver reads it: the GTIN and its key qualifiers, decoded. */
export interface ParsedDigitalLink {
  /** Always GTIN-14 (GTIN-8, -12 and -13 are padded, as the canonical form does). */
  readonly gtin: string;
  /** AI 22, the consumer product variant: valid syntax that Tamga never issues. */
  readonly cpv?: string;
  /** AI 10, the batch or lot number. */
  readonly lot?: string;
  /** AI 21, the serial number. */
  readonly serial?: string;
}

/** The key qualifiers of a GTIN, in the only order GS1 Digital Link allows them (22, then 10, then 21). */
const QUALIFIERS = ['22', '10', '21'] as const;
type Qualifier = (typeof QUALIFIERS)[number];
const FIELD_OF: Record<Qualifier, 'cpv' | 'lot' | 'serial'> = { '22': 'cpv', '10': 'lot', '21': 'serial' };

/**
 * GS1 AI encodable character set 82, the characters AIs 10, 21 and 22 may hold, 1 to 20 of them
 * (GS1 General Specifications, figure 7.11-1). Anything else is not a lot or serial on any label.
 */
const CSET_82_VALUE = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;

const AI_OF_SHORT_NAME = new Map(SHORT_NAMES);

function malformed(field: string, rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('DIGITAL_LINK.MALFORMED', 'malformed', `Not a valid GS1 Digital Link: ${message}`, [{ field, rule, message, ...extra }]);
}

/** Percent-decodes one path segment; a broken escape (`%ZZ`, a lone `%`, invalid UTF-8) is malformed, not a crash. */
function decoded(segment: string, field: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw malformed(field, 'percent-encoding', 'a "%" must start a valid percent-encoded UTF-8 character', { value: segment });
  }
}

function gtinIn(raw: string): string {
  try {
    return gtinOf(decoded(raw, 'gtin'), 'gtin');
  } catch (error) {
    // gtinOf refuses as 'invalid' (a 422 in a request body); in an address the same fault is a 400.
    if (error instanceof DomainError && error.code === 'GS1.INVALID_GTIN') {
      throw new DomainError('DIGITAL_LINK.MALFORMED', 'malformed', `Not a valid GS1 Digital Link: ${error.message}`, error.details);
    }
    throw error;
  }
}

/**
 * Reads the path of a GS1 Digital Link URI for a trade item: `/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}]`,
 * short names (`/gtin/…/lot/…/ser/…`) accepted, one trailing slash tolerated. Pure; refuses with a
 * `DIGITAL_LINK.MALFORMED` DomainError (kind malformed, so a 400) naming the part at fault: a GTIN
 * that is not 8, 12, 13 or 14 digits with the right check digit, a broken percent escape, an unknown
 * or repeated qualifier, qualifiers out of order, a value missing or outside GS1's character set 82.
 * Whether the code is recorded is not its business: a well-formed unknown code is the caller's 404.
 */
export function parseDigitalLinkPath(path: string): ParsedDigitalLink {
  const trimmed = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
  const segments = trimmed.split('/');
  if (segments[0] !== '' || segments.length < 3) {
    throw malformed('path', 'digital-link-path', 'the path must be /01/{gtin}, optionally followed by /10/{lot} and /21/{serial}');
  }
  const parts = segments.slice(1);
  if (parts.length % 2 !== 0) {
    throw malformed('path', 'ai-value-pairs', 'every application identifier must be followed by its value', { ai: parts[parts.length - 1] });
  }
  const aiOf = (name: string) => AI_OF_SHORT_NAME.get(name) ?? name;
  if (aiOf(parts[0]) !== '01') {
    throw malformed('path', 'primary-key', 'the primary key must be a GTIN (AI 01)', { ai: parts[0] });
  }
  const result: { -readonly [K in keyof ParsedDigitalLink]: ParsedDigitalLink[K] } = { gtin: gtinIn(parts[1]) };
  let previous = -1;
  for (let i = 2; i < parts.length; i += 2) {
    const ai = aiOf(parts[i]);
    const order = (QUALIFIERS as readonly string[]).indexOf(ai);
    if (order === -1) {
      throw malformed('path', 'known-key-qualifier', 'a GTIN may only be qualified by 22 (variant), 10 (lot) and 21 (serial)', { ai: parts[i] });
    }
    if (order <= previous) {
      throw malformed('path', 'key-qualifier-order', 'key qualifiers must appear once each, in the order 22, 10, 21', { ai });
    }
    previous = order;
    const field = FIELD_OF[ai as Qualifier];
    const value = decoded(parts[i + 1], field);
    if (!CSET_82_VALUE.test(value)) {
      throw malformed(field, 'gs1-cset-82', `AI ${ai} must be 1 to 20 characters of GS1's character set 82`, { ai, value });
    }
    result[field] = value;
  }
  return result;
}

/**
 * CBV 2.0 §8.9 "constrained canonical GS1 Digital Link URI": any GS1 Digital Link URI in an event
 * is rewritten so that (I) the domain is https://id.gs1.org, (II) the query string is dropped,
 * (III) only the finest identification level remains (CPV dropped; lot dropped when a serial is
 * present), with numeric AIs instead of short names and a GTIN padded to 14 digits.
 * URIs that do not end up as one of the permitted key / key-qualifier combinations are not
 * GS1 Digital Link URIs for this purpose and yield null (the value is then hashed as written).
 */

const CANONICAL_HOST = 'https://id.gs1.org';
const CANONICAL_HOST_PATTERN = 'https://id\\.gs1\\.org';

/** Primary-key path segments (numeric AIs and their GS1 Digital Link short names). */
const PRIMARY_KEYS =
  '01|gtin|8006|itip|8010|cpid|414|gln|417|party|8017|gsrnp|8018|gsrn|255|gcn|00|sscc|253|gdti|401|ginc|402|gsin|8003|grai|8004|giai';
const LOOKS_LIKE_DIGITAL_LINK = new RegExp(`^https?:[^?#]*/(${PRIMARY_KEYS})/\\d{4}[^/]`);

/** Short names of GS1 Digital Link and their AIs, in the order they are replaced (also read by the resolver's parser). */
export const SHORT_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['gtin', '01'],
  ['itip', '8006'],
  ['cpid', '8010'],
  ['gln', '414'],
  ['party', '417'],
  ['gsrnp', '8017'],
  ['gsrn', '8018'],
  ['gcn', '255'],
  ['sscc', '00'],
  ['gdti', '253'],
  ['ginc', '401'],
  ['gsin', '402'],
  ['grai', '8003'],
  ['giai', '8004'],
  ['cpv', '22'],
  ['lot', '10'],
  ['ser', '21'],
];

const CANONICAL_PREFIX = /^https:\/\/id\.gs1\.org\/(01|8006|8010|414|417|8017|8018|255|00|253|401|402|8003|8004)\/\d{4}[^/]/;
/** Primary keys searched (in this order) when moving a URI onto the canonical host. */
const HOST_RELOCATION_KEYS = ['00', '01', '253', '255', '401', '402', '414', '417', '8003', '8004', '8006', '8010', '8017', '8018'];

/** Characters permitted in alphanumeric AI values of the constrained canonical form. */
const X = `["'\\-.0-9;-?A-Z_a-z]`;
const CPV_LAST = new RegExp(`^${CANONICAL_HOST_PATTERN}/(?:8006/\\d{18}|01/\\d{14})/22/${X}{0,20}$`);
const CPV_BEFORE_QUALIFIERS = new RegExp(`^${CANONICAL_HOST_PATTERN}/(?:8006/\\d{18}|01/\\d{14})/22/(?:${X}|/){0,20}$`);
const LOT_AND_SERIAL = new RegExp(`^${CANONICAL_HOST_PATTERN}/(?:8006/\\d{18}|01/\\d{14})/10/${X}{0,20}/21/${X}{0,20}$`);

/** The key / key-qualifier combinations CBV 2.0 permits in the pre-hash. */
const PERMITTED_FORMS: readonly RegExp[] = [
  /^00\/\d{18}$/,
  new RegExp(`^01/\\d{14}/21/${X}{0,20}$`),
  new RegExp(`^01/\\d{14}/10/${X}{0,20}$`),
  /^01\/\d{14}$/,
  new RegExp(`^01/\\d{14}/235/${X}{0,28}$`),
  new RegExp(`^253/\\d{13}${X}{0,17}$`),
  /^255\/\d{13}\d{0,12}$/,
  new RegExp(`^401/${X}{0,30}$`),
  /^402\/\d{17}$/,
  /^414\/\d{13}$/,
  new RegExp(`^414/\\d{13}/254/${X}{0,20}$`),
  /^417\/\d{13}$/,
  new RegExp(`^8003/\\d{14}${X}{0,16}$`),
  new RegExp(`^8004/${X}{0,30}$`),
  new RegExp(`^8006/\\d{18}/21/${X}{0,20}$`),
  new RegExp(`^8006/\\d{18}/10/${X}{0,20}$`),
  /^8006\/\d{18}$/,
  /^8010\/[#\-/0-9A-Z]{0,30}\/8011\/\d{0,12}$/,
  /^8010\/[#\-/0-9A-Z]{0,30}$/,
  /^8017\/\d{18}$/,
  /^8018\/\d{18}$/,
];

const replaceAll = (text: string, search: string, replacement: string): string => text.split(search).join(replacement);

/** Moves a GS1 Digital Link URI on a custom domain onto https://id.gs1.org (path from the first primary key on). */
function relocateToCanonicalHost(uri: string): string {
  if (CANONICAL_PREFIX.test(uri)) return uri;
  for (const key of HOST_RELOCATION_KEYS) {
    const at = uri.indexOf(`/${key}/`);
    if (at !== -1) return CANONICAL_HOST + uri.slice(at);
  }
  return uri;
}

/** Pads a GTIN-8, GTIN-12 or GTIN-13 after /01/ to 14 digits. */
function padGtin(uri: string): string {
  const head = `${CANONICAL_HOST}/01/`;
  if (!uri.startsWith(head) || /^\d{14}/.test(uri.slice(head.length))) return uri;
  const rest = uri.slice(head.length);
  if (/^\d{13}/.test(rest)) return replaceAll(uri, '/01/', '/01/0');
  if (/^\d{12}/.test(rest)) return replaceAll(uri, '/01/', '/01/00');
  if (/^\d{8}/.test(rest)) return replaceAll(uri, '/01/', '/01/000000');
  return uri;
}

/** Drops the consumer product variant (AI 22), which is coarser than the identification level hashed. */
function dropCpv(uri: string): string {
  const at = uri.indexOf('/22/');
  if (at === -1) return uri;
  const after = uri.slice(at + 4);
  const slash = after.indexOf('/');
  if (CPV_LAST.test(uri)) return uri.slice(0, at) + (slash === -1 ? '' : after.slice(slash, -1));
  if (CPV_BEFORE_QUALIFIERS.test(uri)) return uri.slice(0, at) + (slash === -1 ? '' : after.slice(slash));
  return uri;
}

/** Drops the lot (AI 10) when a serial number (AI 21) identifies the instance. */
function dropLotWhenSerialised(uri: string): string {
  if (!LOT_AND_SERIAL.test(uri)) return uri;
  const at = uri.indexOf('/10/');
  const after = uri.slice(at + 4);
  return uri.slice(0, at) + after.slice(after.indexOf('/'));
}

/** Rewrites a GS1 Digital Link URI to the constrained canonical form used in the pre-hash, or returns null if it is not one. */
export function canonicaliseDigitalLink(uri: string): string | null {
  if (!LOOKS_LIKE_DIGITAL_LINK.test(uri)) return null;
  let result = uri.includes('?') ? uri.slice(0, uri.indexOf('?')) : uri;
  for (const [shortName, ai] of SHORT_NAMES) result = replaceAll(result, `/${shortName}/`, `/${ai}/`);
  result = relocateToCanonicalHost(result);
  result = padGtin(result);
  result = dropCpv(result);
  result = dropLotWhenSerialised(result);
  const path = result.startsWith(`${CANONICAL_HOST}/`) ? result.slice(CANONICAL_HOST.length + 1) : null;
  return path !== null && PERMITTED_FORMS.some((form) => form.test(path)) ? result : null;
}

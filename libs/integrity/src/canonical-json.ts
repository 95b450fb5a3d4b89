/**
 * RFC 8785 JSON Canonicalization Scheme. Every hash and signature of issue 5 is over these bytes
 * (ADR 0016), so anything JSON cannot carry faithfully is refused rather than silently changed:
 * a value that would not survive a JSON round trip identically would hash differently after one.
 */

/** Thrown for a value JCS cannot represent; `path` says where (JSON Pointer). */
export class CanonicalJsonError extends Error {
  constructor(
    readonly path: string,
    readonly rule: string,
  ) {
    super(`Cannot canonicalise ${path || '/'}: ${rule}`);
    this.name = 'CanonicalJsonError';
  }
}

/** The RFC 8785 (JCS) canonical JSON text of a JSON value. */
export function canonicalJson(value: unknown): string {
  return serialise(value, '', new Set());
}

/** The UTF-8 bytes of {@link canonicalJson}: what is hashed and signed. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

function serialise(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // ECMAScript Number-to-String is exactly RFC 8785 §3.2.2.3 (and turns -0 into "0").
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a finite number`);
      return String(value);
    case 'string':
      return serialiseString(value, path);
    case 'object':
      return serialiseContainer(value, path, ancestors);
    default:
      throw new CanonicalJsonError(path, `a ${typeof value} is not a JSON value`);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serialiseString(text: string, path: string): string {
  // RFC 8785 §3.2.2.2 takes I-JSON input: a lone surrogate is an error, not an escape.
  if (LONE_SURROGATE.test(text)) throw new CanonicalJsonError(path, 'string holds a lone surrogate');
  // JSON.stringify escapes exactly as §3.2.2.2 asks: the two-character escapes, other controls as \u00xx.
  return JSON.stringify(text);
}

function serialiseContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalJsonError(path, 'value is circular');
  ancestors.add(value);
  try {
    return Array.isArray(value) ? serialiseArray(value, path, ancestors) : serialiseObject(value, path, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function serialiseArray(items: unknown[], path: string, ancestors: Set<object>): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    // A hole or undefined would become null in JSON.stringify: refuse rather than change the value.
    if (items[i] === undefined) throw new CanonicalJsonError(`${path}/${i}`, 'undefined is not a JSON value');
    parts.push(serialise(items[i], `${path}/${i}`, ancestors));
  }
  return `[${parts.join(',')}]`;
}

function serialiseObject(value: object, path: string, ancestors: Set<object>): string {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
    throw new CanonicalJsonError(path, `a ${kind} is not a plain JSON object`);
  }
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 asks for.
  const keys = Object.keys(record).sort();
  const parts: string[] = [];
  for (const key of keys) {
    // Omitted like JSON.stringify does, so the hash equals the one of the stored (jsonb) value.
    if (record[key] === undefined) continue;
    const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    parts.push(`${serialiseString(key, child)}:${serialise(record[key], child, ancestors)}`);
  }
  return `{${parts.join(',')}}`;
}

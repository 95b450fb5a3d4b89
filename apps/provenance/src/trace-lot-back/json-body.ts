/** Below V8's large-object threshold (128 KiB) even when every character takes two bytes. */
const CHUNK_CHARS = 32 * 1024;

/** Elements of a list stringified at once: small enough for any element this service answers with. */
const SLICE = 50;

/**
 * A JSON answer as bytes, written in pieces: `JSON.stringify` of a whole trace (100-200 KB, and
 * two bytes a character once a Kyrgyz or Russian village name is in it) builds one string past
 * V8's large-object size, which costs several times the work of the same text built in small
 * strings (measured: 2.8 ms against 0.6 ms for a jam lot's trace). The answer's fields are written
 * one by one, and its lists a slice of elements at a time. The same text as
 * `JSON.stringify(value)` for plain data (no toJSON, no cycles).
 */
export function jsonBody(value: unknown): Buffer {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');
  const chunks: Buffer[] = [];
  let text = '{';
  const write = (s: string) => {
    if (text.length + s.length > CHUNK_CHARS) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
    text += s;
  };
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    const field = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (Array.isArray(item)) {
      first = false;
      write(`${field}[`);
      for (let i = 0; i < item.length; i += SLICE) {
        const slice = JSON.stringify(item.slice(i, i + SLICE));
        write(`${i > 0 ? ',' : ''}${slice.slice(1, -1)}`);
      }
      write(']');
      continue;
    }
    const json = JSON.stringify(item);
    if (json === undefined) continue;
    first = false;
    write(field + json);
  }
  write('}');
  chunks.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(chunks);
}

/** The parts of a Fastify request the inspector's pages read. */
export interface BrowserRequest {
  readonly url: string;
  readonly protocol?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly query: unknown;
  readonly body?: unknown;
}

/** One header's value; the first when a client repeated it. */
export function headerOf(request: BrowserRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** One query or form parameter as a string; undefined when absent or repeated into something else. */
export function paramOf(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

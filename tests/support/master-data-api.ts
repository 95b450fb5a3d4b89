/** A JSON call to a running Tamga service: method, path, body (an object, or raw text), extra headers. */
export type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;

/** Calls `baseUrl()` with the given headers (an API key's, or none) on every request. */
export function callWith(baseUrl: () => string, fixedHeaders: () => Record<string, string> = () => ({})): Call {
  return (method, path, body, headers = {}) =>
    fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...fixedHeaders(),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
}

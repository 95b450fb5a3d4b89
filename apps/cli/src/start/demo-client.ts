/** What the capture API answered one demo request. */
export interface DemoAnswer {
  readonly status: number;
  /** The `Idempotent-Replayed` header: the answer is the first one, recorded on an earlier load. */
  readonly replayed: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

/**
 * A demo request Tamga refused. A refused demo fact is a bug in the demo data or in the rules,
 * never something to skip: the loader stops, and the message carries the whole problem+json.
 */
export class DemoRequestRefused extends Error {
  constructor(
    readonly request: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`The demo season's request "${request}" was refused with ${status}:\n${JSON.stringify(problem, null, 2)}${hintFor(problem)}`);
  }
}

// The one refusal that is not a bug: this database holds the season as an older version of the demo
// data recorded it, and a request's Idempotency-Key now comes with another body.
function hintFor(problem: unknown): string {
  if ((problem as { code?: string } | null)?.code !== 'IDEMPOTENCY.KEY_REUSED') return '';
  // The broker's log goes with the database: a fresh database over the old topic would have the
  // projector replay the old season into the new read models.
  return (
    '\nThe demo data changed since this database loaded it. To load the new season, stop Tamga (and any other ' +
    'npm start), delete the data dir .tamga/ (the embedded database and the bundled broker\'s log) and start again; ' +
    'with your own DATABASE_URL and KAFKA_BROKERS, use a new database and TAMGA_EVENT_TOPIC. Or start without the demo: npx tamga start --no-demo.'
  );
}

/** One HTTP request to a Tamga API, as any client would send it. */
export async function sendDemoRequest(
  baseUrl: string,
  request: { method: 'GET' | 'POST' | 'PUT'; path: string; apiKey?: string; idempotencyKey?: string; body?: unknown },
): Promise<DemoAnswer> {
  const headers: Record<string, string> = {};
  if (request.apiKey) headers.Authorization = `Bearer ${request.apiKey}`;
  if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers,
    ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
  });
  const text = await response.text();
  return { status: response.status, replayed: response.headers.get('idempotent-replayed') === 'true', body: text ? JSON.parse(text) : null };
}

/** The same request, refused loudly unless the answer's status is one of `expected`. */
export async function expectDemoAnswer(
  baseUrl: string,
  name: string,
  request: Parameters<typeof sendDemoRequest>[1],
  expected: readonly number[],
): Promise<DemoAnswer> {
  const answer = await sendDemoRequest(baseUrl, request);
  if (!expected.includes(answer.status)) throw new DemoRequestRefused(`${name} (${request.method} ${request.path})`, answer.status, answer.body);
  return answer;
}

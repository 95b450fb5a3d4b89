/** An RFC 9457 problem, as every Tamga HTTP error is answered (media type application/problem+json). */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** Stable code of the refusal, e.g. LOT.ALREADY_EXISTS. */
  readonly code: string;
  /** Each field at fault and the rule it broke. */
  readonly errors: readonly ProblemError[];
  readonly [extension: string]: unknown;
}

/** One field at fault: where (a dotted path into the request), which rule, and why. */
export interface ProblemError {
  readonly field?: string;
  readonly rule: string;
  readonly message: string;
  readonly [extra: string]: unknown;
}

/** The media type of a problem response. */
export const PROBLEM_JSON = 'application/problem+json';

/** A problem type URI for a code: the docs describe each under this name. */
export function problemType(code: string): string {
  return `urn:tamga:problem:${code.toLowerCase()}`;
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '#tamga/domain';
import { ReplyLike } from './reply-like';
import { PROBLEM_JSON, ProblemDetails, ProblemError, problemType } from './problem-details';
import { RequestValidationError } from './validation-problem';

const STATUS_OF: Record<DomainErrorKind, number> = {
  malformed: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  'not-found': HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
};

/** Errors the HTTP framework raises before our code runs (body parsing), by their code. */
const FRAMEWORK_ERRORS: Record<string, { code: string; rule: string; field?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'REQUEST.MALFORMED_JSON', rule: 'valid-json', field: 'body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'REQUEST.BODY_TOO_LARGE', rule: 'max-body-size', field: 'body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', rule: 'json-body', field: 'Content-Type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'REQUEST.EMPTY_BODY', rule: 'json-body', field: 'body' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'REQUEST.BAD_CONTENT_LENGTH', rule: 'content-length', field: 'Content-Length' },
};

/**
 * The one place errors become HTTP answers: RFC 9457 problem+json, naming the field and the
 * rule. A client's mistake is a 4xx; only our own faults are 5xx, and those are logged.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url?: string }>();
    const problem = { ...this.toProblem(exception), instance: request?.url };
    http
      .getResponse<ReplyLike>()
      .status(problem.status)
      .header('Content-Type', `${PROBLEM_JSON}; charset=utf-8`)
      .send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return problem(STATUS_OF[exception.kind], exception.code, exception.message, exception.details);
    }
    if (exception instanceof RequestValidationError) {
      return problem(422, 'REQUEST.INVALID', exception.message, exception.errors);
    }
    const framework = frameworkError(exception);
    if (framework) return framework;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // 4xx, and a 503 a handler chose (health: a dependency is down), are answers, not faults.
      if (status < 500 || status === HttpStatus.SERVICE_UNAVAILABLE) {
        const code = `HTTP.${HttpStatus[status] ?? status}`;
        return problem(status, code, exception.message, []);
      }
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return problem(500, 'SERVER.FAULT', 'Tamga failed to handle this request; nothing was recorded.', []);
  }
}

// Nest's Fastify adapter wraps Fastify's own 4xx errors in an HttpException, keeping the original as `cause`.
function frameworkError(exception: unknown): ProblemDetails | null {
  const original = exception instanceof HttpException ? exception.cause : exception;
  if (!original || typeof original !== 'object') return null;
  const { code, statusCode, message } = original as { code?: string; statusCode?: number; message?: string };
  const known = code ? FRAMEWORK_ERRORS[code] : undefined;
  if (!known || !statusCode) return null;
  return problem(statusCode, known.code, message ?? known.code, [
    { field: known.field, rule: known.rule, message: message ?? '' },
  ]);
}

function problem(status: number, code: string, detail: string, errors: readonly ProblemError[]): ProblemDetails {
  return {
    type: problemType(code),
    title: HttpStatus[status] ? titleOf(HttpStatus[status]) : 'Error',
    status,
    detail,
    code,
    errors,
  };
}

function titleOf(name: string): string {
  return name
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
}

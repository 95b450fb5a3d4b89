import { ValidationError } from 'class-validator';
import { ProblemError } from './problem-details';

/** Thrown by the validation pipe: the request's shape is wrong in the listed places. */
export class RequestValidationError extends Error {
  constructor(readonly errors: readonly ProblemError[]) {
    super(`The request is invalid: ${errors.map((e) => `${e.field} (${e.rule})`).join(', ')}`);
    this.name = 'RequestValidationError';
  }
}

/** Flattens class-validator's tree into one entry per broken rule, with dotted field paths. */
export function flattenValidationErrors(errors: readonly ValidationError[], prefix = ''): ProblemError[] {
  return errors.flatMap((error) => {
    // Array elements are named like the domain names them: harvests[2].quantity.
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: ruleName(rule),
      message: message.startsWith(error.property) ? message.slice(error.property.length).trim() : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

// class-validator names rules in camelCase (isNumber, whitelistValidation); problems use kebab-case.
function ruleName(constraint: string): string {
  if (constraint === 'whitelistValidation') return 'known-field';
  return constraint.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

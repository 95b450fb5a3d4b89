import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProblemError, flattenValidationErrors } from '#tamga/platform';
import { FactKind } from './fact-kinds';

const PATH_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * Validates one offline fact exactly as its own endpoint would (same DTO, unknown fields refused),
 * and builds its command: path ids taken from the fact, ids generated where the endpoint would.
 */
export function commandOfFact(
  kind: FactKind,
  fact: Record<string, unknown>,
  at: string,
  caller: { actorId: string; newId: (prefix: string) => string },
): { command: unknown; problems: ProblemError[] } {
  const problems: ProblemError[] = [];
  const pathIds: Record<string, string> = {};
  for (const name of kind.pathIds) {
    const value = fact[name];
    if (typeof value !== 'string' || !PATH_ID.test(value)) {
      problems.push({ field: `${at}.${name}`, rule: 'path-id', message: `must name the ${name} its own endpoint takes from the path` });
    } else pathIds[name] = value;
  }
  const body = Object.fromEntries(Object.entries(fact).filter(([key]) => !kind.pathIds.includes(key)));
  const errors = validateSync(plainToInstance(kind.body, body), { whitelist: true, forbidNonWhitelisted: true });
  problems.push(...flattenValidationErrors(errors, at));
  const [idField, prefix] = kind.generatedId ?? [];
  const defaults = Object.fromEntries((kind.actorDefaults ?? []).filter((field) => body[field] === undefined).map((field) => [field, caller.actorId]));
  const command = { ...body, ...defaults, ...pathIds, ...(idField && body[idField] === undefined ? { [idField]: caller.newId(prefix!) } : {}) };
  return { command, problems };
}

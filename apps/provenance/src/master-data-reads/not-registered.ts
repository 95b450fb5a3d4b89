import { DomainError } from '#tamga/domain';

/** The 404 of a master-data read: no record is registered (or projected yet) under this id. */
export function notRegistered(code: string, what: string, field: string, id: string): DomainError {
  return new DomainError(code, 'not-found', `No ${what} ${id} is registered`, [
    { field, rule: 'registered', message: `no ${what} with this id has been registered` },
  ]);
}

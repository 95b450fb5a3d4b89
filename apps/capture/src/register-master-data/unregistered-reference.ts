import { DomainError } from '#tamga/domain';

/** A body names a master-data record that is not registered: 422, naming the field and the rule. */
export function unregisteredReference(field: string, what: string, id: string): DomainError {
  return new DomainError('MASTER_DATA.UNKNOWN_REFERENCE', 'invalid', `${field} names ${what} ${id}, which is not registered`, [
    { field, rule: 'registered', message: `must name a registered ${what}; register it first`, value: id },
  ]);
}

/** A body names a registered record of the wrong kind (a village where a region is needed...). */
export function wrongKindReference(field: string, rule: string, message: string, id: string, kind: unknown): DomainError {
  return new DomainError('MASTER_DATA.WRONG_KIND_OF_REFERENCE', 'invalid', `${field} names ${id}, which ${message}`, [
    { field, rule, message, value: id, kind },
  ]);
}

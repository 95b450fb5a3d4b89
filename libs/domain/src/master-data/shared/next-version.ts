import { DomainError } from '../../shared/domain-error';

/** A master-data entity as its decide functions see it: never registered, or registered at a version. */
export type VersionedState = { readonly status: 'absent' } | { readonly status: 'registered'; readonly version: number };

/**
 * Master data is versioned: a command without `expectedVersion` registers a new id (version 1);
 * one with it revises the entity at exactly that version (optimistic concurrency, so two admins
 * editing the same village cannot silently overwrite each other). Returns the version to write.
 */
export function nextVersion(entity: string, id: string, state: VersionedState, expectedVersion: number | undefined): number {
  const code = entity.toUpperCase();
  if (expectedVersion === undefined) {
    if (state.status === 'registered') {
      throw new DomainError(`${code}.ALREADY_EXISTS`, 'conflict', `${entity} ${id} is already registered`, [
        {
          field: 'id',
          rule: 'new-id',
          message: 'this id is taken; to revise it, send expectedVersion',
          currentVersion: state.version,
        },
      ]);
    }
    return 1;
  }
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
    throw new DomainError(`${code}.INVALID`, 'invalid', `Invalid expectedVersion ${expectedVersion}`, [
      { field: 'expectedVersion', rule: 'positive-integer', message: 'must be a whole number of at least 1' },
    ]);
  }
  if (state.status === 'absent') {
    throw new DomainError(`${code}.NOT_FOUND`, 'not-found', `${entity} ${id} is not registered`, [
      { field: 'id', rule: 'registered', message: 'only a registered entity can be revised' },
    ]);
  }
  if (state.version !== expectedVersion) {
    throw new DomainError(`${code}.VERSION_CONFLICT`, 'conflict', `${entity} ${id} is at version ${state.version}, not ${expectedVersion}`, [
      { field: 'expectedVersion', rule: 'expected-version', message: 'someone revised it first; reload and retry', expectedVersion, currentVersion: state.version },
    ]);
  }
  return state.version + 1;
}

/**
 * Refuses a revision that changes a field other records depend on (a GTIN printed on labels, a
 * GLN in EPCIS renderings whose hashes are already published): such a change is a new entity.
 */
export function assertUnchanged(entity: string, field: string, before: unknown, after: unknown): void {
  if (before !== after) {
    throw new DomainError(`${entity.toUpperCase()}.IMMUTABLE_FIELD`, 'conflict', `The ${field} of a ${entity} cannot change`, [
      { field, rule: 'immutable', message: `register a new ${entity} instead`, before, after },
    ]);
  }
}

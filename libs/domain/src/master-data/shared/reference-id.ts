import { DomainError } from '../../shared/domain-error';
import { REFERENCE_ID_PATTERN } from '../../shared/identifiers';

/** Refuses a master-data id (such as `village:tamga`) that does not match REFERENCE_ID_PATTERN. */
export function assertReferenceId(id: string, field: string): string {
  if (typeof id !== 'string' || !REFERENCE_ID_PATTERN.test(id)) {
    throw new DomainError('REFERENCE.INVALID_ID', 'invalid', `Invalid reference id "${String(id)}" in ${field}`, [
      {
        field,
        rule: 'reference-id',
        message: 'must be 1 to 64 lowercase letters, digits, ".", "_", ":" or "-", such as village:tamga',
        value: id,
      },
    ]);
  }
  return id;
}

/** Validates a list of reference ids, refusing duplicates; returns them sorted so equal sets compare equal. */
export function referenceIdSet(ids: readonly string[], field: string): readonly string[] {
  const checked = (Array.isArray(ids) ? ids : [ids as unknown as string]).map((id, i) => assertReferenceId(id, `${field}[${i}]`));
  const duplicate = checked.find((id, i) => checked.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw new DomainError('REFERENCE.DUPLICATE_ID', 'invalid', `${field} lists ${duplicate} twice`, [
      { field, rule: 'unique', message: 'must not list the same id twice', value: duplicate },
    ]);
  }
  return [...checked].sort();
}

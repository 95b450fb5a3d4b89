import { DomainError } from '../../shared/domain-error';
import { DocumentReference } from '../events/lot-portion';
import { text } from './lifecycle';

/** Validates document references (waybill, invoice...): each with a type and an id, at most 20. */
export function documentsOf(documents: readonly DocumentReference[] | undefined, field = 'documents'): DocumentReference[] {
  const list = documents ?? [];
  if (!Array.isArray(list) || list.length > 20) {
    throw new DomainError('FACT.INVALID_DOCUMENTS', 'invalid', `${field} must be a list of at most 20 documents`, [
      { field, rule: 'document-list', message: 'must be a list of at most 20 { type, id } references' },
    ]);
  }
  return list.map((d, i) => ({ type: text(d?.type, `${field}[${i}].type`, 40), id: text(d?.id, `${field}[${i}].id`, 100) }));
}

import type { DocumentReference } from '#tamga/domain';
import type { BizTransaction } from '../epcis-event';
import { documentUrn } from '../epcis-identifiers';

/**
 * CBV 2.0 business transaction types for the document types partners name in Tamga. A type CBV
 * has no term for keeps its own name as a URN (`urn:tamga:btt:...`), which CBV allows.
 */
const CBV_TYPES: Readonly<Record<string, string>> = {
  waybill: 'bol',
  'bill-of-lading': 'bol',
  'consignment-note': 'bol',
  cmr: 'bol',
  invoice: 'inv',
  'purchase-order': 'po',
  'despatch-advice': 'desadv',
  'dispatch-advice': 'desadv',
  'delivery-note': 'desadv',
  'receiving-advice': 'recadv',
  certificate: 'cert',
  'certificate-of-origin': 'cert',
  'lab-report': 'testres',
  'test-report': 'testres',
};

const normalised = (type: string): string => type.trim().toLowerCase().replace(/[\s_]+/g, '-');

/** The business transaction type of a document type: a CBV term when one fits, else `urn:tamga:btt:{type}`. */
export function bizTransactionTypeOf(type: string): string {
  return CBV_TYPES[normalised(type)] ?? `urn:tamga:btt:${encodeURIComponent(normalised(type))}`;
}

/** One bizTransaction per document, in the order recorded; a document listed twice appears once. */
export function bizTransactionsOf(documents: readonly DocumentReference[], typeOf = bizTransactionTypeOf): BizTransaction[] {
  const seen = new Set<string>();
  const list: BizTransaction[] = [];
  for (const document of documents) {
    const entry = { type: typeOf(document.type), bizTransaction: documentUrn(document.type, document.id) };
    const key = `${entry.type} ${entry.bizTransaction}`;
    if (!seen.has(key)) list.push(entry);
    seen.add(key);
  }
  return list;
}

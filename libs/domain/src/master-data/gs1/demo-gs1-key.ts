import { DomainError } from '../../shared/domain-error';
import { gs1CheckDigit } from './gs1-check-digit';

/** The GS1 prefix of GS1 Kyrgyzstan: demo keys start with it. */
export const GS1_KYRGYZSTAN_PREFIX = '470';

function demoKey(companyReference: string, reference: string, referenceField: string): string {
  const body = `${GS1_KYRGYZSTAN_PREFIX}${companyReference}${reference}`;
  if (!/^\d+$/.test(companyReference) || !/^\d+$/.test(reference) || body.length !== 12) {
    throw new DomainError('GS1.INVALID_DEMO_KEY', 'invalid', `Cannot build a GS1 key from 470 + ${companyReference} + ${reference}`, [
      {
        field: referenceField,
        rule: 'gs1-key-length',
        message: 'the company reference and the reference must be digits, 9 of them together, after the prefix 470',
        length: body.length,
      },
    ]);
  }
  return `${body}${gs1CheckDigit(body)}`;
}

/** Builds a GTIN-13 for demo data: 470, company reference, item reference, computed check digit. */
export function demoGtin13(companyReference: string, itemReference: string): string {
  return demoKey(companyReference, itemReference, 'itemReference');
}

/** Builds a GLN for demo data: 470, company reference, location reference, computed check digit. */
export function demoGln(companyReference: string, locationReference: string): string {
  return demoKey(companyReference, locationReference, 'locationReference');
}

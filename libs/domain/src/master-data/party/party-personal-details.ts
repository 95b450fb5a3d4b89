import { DomainError } from '../../shared/domain-error';
import { assertReferenceId } from '../shared/reference-id';

/**
 * Who a party is, as a person: NEVER part of an event. It lives in an erasable master-data table
 * keyed by `partyId`, so a person's right to erasure is honoured by deleting this row while the
 * immutable log, which holds only the id, stays intact and verifiable.
 */
export interface PartyPersonalDetails {
  readonly partyId: string;
  readonly personName: string;
  /** E.164, such as +996555123456. */
  readonly phone?: string;
  readonly address?: string;
}

/** The fields of PartyPersonalDetails that identify a person; no event type may carry them. */
export const PERSONAL_DETAIL_FIELDS = ['personName', 'phone', 'address'] as const;

function refuse(field: string, rule: string, message: string): DomainError {
  return new DomainError('PARTY.INVALID_PERSONAL_DETAILS', 'invalid', `Invalid ${field}: ${message}`, [{ field, rule, message }]);
}

function text(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw refuse(field, 'required', 'must not be blank');
  if ([...value.trim()].length > maxLength) throw refuse(field, 'max-length', `must be at most ${maxLength} characters`);
  return value.trim();
}

/** Validates personal details: a name, an optional phone (normalised to E.164) and an optional address. */
export function partyPersonalDetailsOf(details: PartyPersonalDetails): PartyPersonalDetails {
  const result: { -readonly [K in keyof PartyPersonalDetails]: PartyPersonalDetails[K] } = {
    partyId: assertReferenceId(details.partyId, 'partyId'),
    personName: text(details.personName, 'personName', 200),
  };
  if (details.phone !== undefined) {
    // Spaces, dashes and brackets are how people write numbers (+996 (555) 12-34-56); E.164 drops them.
    const phone = String(details.phone).replace(/[\s()-]/g, '');
    if (!/^\+[1-9]\d{7,14}$/.test(phone)) throw refuse('phone', 'e164', 'must be an international number such as +996555123456');
    result.phone = phone;
  }
  if (details.address !== undefined) result.address = text(details.address, 'address', 500);
  return result;
}

import { DomainError, assertLotId } from '#tamga/domain';

// The domain's rule for serials (decide-record-packing) and fact ids (rules/lifecycle): a path that
// could never name a recorded unit or packing is a malformed request (400), not an unknown one (404).
const SERIAL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const FACT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function malformed(code: string, field: string, rule: string, message: string, value: string): DomainError {
  return new DomainError(code, 'malformed', `Invalid ${field} "${value}"`, [{ field, rule, message }]);
}

/** The lot id of a path, or a 400 naming the rule. */
export function lotIdParam(lotId: string): string {
  return assertLotId(lotId, 'lotId', 'malformed');
}

/** A unit's serial in a path, or a 400 naming the rule. */
export function serialParam(serial: string): string {
  if (!SERIAL.test(serial)) {
    throw malformed('UNIT.INVALID_SERIAL', 'serial', 'gs1-serial', 'must be 1 to 20 letters, digits, ".", "_" or "-", starting with a letter or digit', serial);
  }
  return serial;
}

/** A packing id in a path, or a 400 naming the rule. */
export function packingIdParam(packingId: string): string {
  if (!FACT_ID.test(packingId)) {
    throw malformed('PACKING.INVALID_ID', 'packingId', 'fact-id', 'must be 1 to 64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit', packingId);
  }
  return packingId;
}

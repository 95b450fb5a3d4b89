import { DomainError, assertLotId } from '#tamga/domain';

/** Reads a lot code from the path: one no lot could have is a malformed address (400). */
export function lotIdParam(lotId: string): string {
  return assertLotId(lotId, 'lotId', 'malformed');
}

/** The 404 of an inspector's read: no lot of this code is recorded (or projected yet). */
export function lotNotFound(lotId: string): DomainError {
  return new DomainError('LOT.NOT_FOUND', 'not-found', `No lot ${lotId} is recorded`, [
    { field: 'lotId', rule: 'recorded-lot', message: 'no lot with this id has been recorded' },
  ]);
}

import { DomainError } from '#tamga/domain';

// The domain's rule for client-chosen fact ids (rules/lifecycle factId): an id no export could carry
// is a malformed address (400), not an unknown shipment (404).
const SHIPMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The shipment id of a path, or a 400 naming the rule. */
export function shipmentIdParam(shipmentId: string): string {
  if (!SHIPMENT_ID.test(shipmentId)) {
    throw new DomainError('SHIPMENT.INVALID_ID', 'malformed', `Invalid shipmentId "${shipmentId}"`, [
      { field: 'shipmentId', rule: 'fact-id', message: 'must be 1 to 64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit' },
    ]);
  }
  return shipmentId;
}

/** The 404 of a shipment no standing export carries. */
export function unknownShipment(shipmentId: string): DomainError {
  return new DomainError('SHIPMENT.NOT_FOUND', 'not-found', `No export shipment ${shipmentId} is recorded`, [
    { field: 'shipmentId', rule: 'recorded-export', message: 'no standing export event carries this shipment id' },
  ]);
}

import { DomainError } from '#tamga/domain';
import { LotCodeView } from '#tamga/read-models';

/** A lot code whose product is known: what every QR code and label of the lot is made from. */
export type KnownLotCode = LotCodeView & { readonly gtin: string; readonly productNames: NonNullable<LotCodeView['productNames']> };

/**
 * The lot's code, or the 404 a client can act on: no such lot (yet), or its product not projected
 * yet (master data and lots travel on different Kafka partitions, so one may briefly lag the other).
 */
export function knownLotCode(lot: LotCodeView | null, lotId: string): KnownLotCode {
  if (!lot) {
    throw new DomainError('LOT.NOT_FOUND', 'not-found', `No lot ${lotId} is recorded`, [
      { field: 'lotId', rule: 'recorded-lot', message: 'no lot with this id has been recorded' },
    ]);
  }
  if (lot.gtin === null || lot.productNames === null) {
    throw new DomainError('PRODUCT.NOT_FOUND', 'not-found', `The product ${lot.productId} of lot ${lotId} is not registered (yet)`, [
      { field: 'lotId', rule: 'registered-product', message: "the lot's product, which gives its GTIN, is not registered (yet)" },
    ]);
  }
  return lot as KnownLotCode;
}

import { Quantity } from '../../shared/quantity';

/** A quantity of one lot of one product, as a fact touching several lots lists them. */
export interface LotPortion {
  readonly lotId: string;
  readonly productId: string;
  /** In the lot's own unit. */
  readonly quantity: Quantity;
}

/** A party at one of the places it operates: who holds goods, and where. */
export interface Custody {
  readonly partyId: string;
  readonly placeId: string;
}

/** A document a fact refers to: a waybill, an invoice, a lab report, a customs declaration. */
export interface DocumentReference {
  readonly type: string;
  readonly id: string;
}

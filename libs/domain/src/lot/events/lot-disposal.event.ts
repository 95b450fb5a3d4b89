import { Quantity } from '../../shared/quantity';
import { Custody, DocumentReference } from './lot-portion';

/** A shop sold some of the lot to consumers. Wire type `lot.sold`. */
export interface LotSold {
  readonly type: 'lot.sold';
  readonly schemaVersion: 1;
  readonly data: {
    readonly saleId: string;
    readonly lotId: string;
    readonly quantity: Quantity;
    /** The packed units sold, when the shop scans them. */
    readonly serials?: readonly string[];
    /** The shop and its operator. */
    readonly at: Custody;
    readonly soldAt: string;
  };
}

/** The foreign buyer of an export: an organisation, never a person, so it may live in the log. */
export interface Buyer {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/**
 * Some of the lot left Kyrgyzstan under the "Made in Kyrgyzstan" brand. One export shipment may
 * carry several lots; each gets its own event under the shared `shipmentId`. Wire type `lot.exported`.
 */
export interface LotExported {
  readonly type: 'lot.exported';
  readonly schemaVersion: 1;
  readonly data: {
    readonly shipmentId: string;
    readonly lotId: string;
    readonly quantity: Quantity;
    readonly from: Custody;
    /** ISO 3166-1 alpha-2: JP, CN, US, KZ... */
    readonly destinationCountry: string;
    readonly buyer: Buyer;
    readonly customsDeclaration: string;
    readonly certificateOfOrigin: string;
    /** Harmonized System code, 6 to 10 digits (honey is 0409.00). */
    readonly hsCode: string;
    readonly documents: readonly DocumentReference[];
    readonly exportedAt: string;
  };
}

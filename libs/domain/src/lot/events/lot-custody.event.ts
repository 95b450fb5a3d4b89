import { Quantity } from '../../shared/quantity';
import { Custody, DocumentReference } from './lot-portion';

/**
 * A quantity of a lot left its custodian for another party and place: it is in transit until the
 * addressee records its receipt. One shipment may carry several lots; each gets its own event
 * under the shared `shipmentId`. Wire type `lot.shipped`.
 */
export interface LotShipped {
  readonly type: 'lot.shipped';
  readonly schemaVersion: 1;
  readonly data: {
    readonly shipmentId: string;
    readonly lotId: string;
    readonly quantity: Quantity;
    readonly from: Custody;
    readonly to: Custody;
    readonly carrier?: string;
    readonly documents: readonly DocumentReference[];
    readonly shippedAt: string;
  };
}

/**
 * The addressee of an open shipment took custody of what arrived. Less than was shipped may
 * arrive; the difference is a loss in transit, which the audit shows. Wire type `lot.received`.
 */
export interface LotReceived {
  readonly type: 'lot.received';
  readonly schemaVersion: 1;
  readonly data: {
    readonly shipmentId: string;
    readonly lotId: string;
    readonly quantity: Quantity;
    readonly by: Custody;
    readonly receivedAt: string;
  };
}

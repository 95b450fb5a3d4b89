import { GeoPoint } from '../shared/geo-point';
import { Quantity } from '../shared/quantity';

/** A lot came into being: something was harvested or collected in a village. Wire type `lot.harvested`. */
export interface LotHarvested {
  readonly type: 'lot.harvested';
  readonly schemaVersion: 1;
  readonly data: {
    readonly lotId: string;
    readonly villageId: string;
    readonly producerId: string;
    readonly productId: string;
    readonly quantity: Quantity;
    readonly harvestedAt: string;
    readonly location: GeoPoint;
  };
}

import { GeoPoint } from '../../shared/geo-point';
import { Quantity } from '../../shared/quantity';

/**
 * A lot came into being: something was harvested or collected in a village. Wire type
 * `lot.harvested`. The producer holds the lot where it was harvested (`placeId`, an apiary or plot,
 * or the village itself when no facility is registered).
 */
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
    /** The facility (apiary, plot, pasture) harvested at; absent in events recorded before facilities were known. */
    readonly placeId?: string;
  };
}

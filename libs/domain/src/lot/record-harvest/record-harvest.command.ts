import { GeoPoint } from '../../shared/geo-point';

/** Record that something was harvested or collected in a village: creates a new lot. */
export interface RecordHarvest {
  readonly lotId: string;
  readonly villageId: string;
  /** The producer who harvested; the recording party itself, or a member of the village group that records. */
  readonly producerId: string;
  readonly productId: string;
  readonly quantity: { readonly amount: number; readonly unit: string };
  readonly harvestedAt: string;
  readonly location: GeoPoint;
  /** The apiary, plot or pasture harvested at, if registered. */
  readonly placeId?: string;
}

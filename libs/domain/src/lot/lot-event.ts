import { LotHarvested } from './lot-harvested.event';

/** Every fact that can happen to a lot. */
export type LotEvent = LotHarvested;

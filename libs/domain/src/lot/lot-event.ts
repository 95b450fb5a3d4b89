import { LotHarvested } from './lot-harvested.event';

/** Every fact that can happen to a lot. */
export type LotEvent = LotHarvested;

/** The stable wire types of lot events; stored events are routed by these, never by class names. */
export const LOT_EVENT_TYPES = ['lot.harvested'] as const satisfies readonly LotEvent['type'][];

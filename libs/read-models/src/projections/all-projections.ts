import { Projection } from './projection';
import { projectLotHistory } from './lot-history.projection';
import { projectLotSummary } from './lot-summary.projection';

/** Every projection the projector runs, in the order it runs them within one transaction. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  { name: 'lots', project: projectLotSummary },
  { name: 'lot_events', project: projectLotHistory },
];

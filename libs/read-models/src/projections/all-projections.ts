import { Projection } from './projection';
import { projectLotHistory } from './lot-history.projection';
import { projectLotSummary } from './lot-summary.projection';
import { MASTER_DATA_PROJECTIONS } from './master-data/master-data-projections';

/** Every projection the projector runs, in the order it runs them within one transaction. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  // History first: the lots summary is folded from it.
  { name: 'lot_events', project: projectLotHistory },
  { name: 'lots', project: projectLotSummary },
  ...MASTER_DATA_PROJECTIONS,
];

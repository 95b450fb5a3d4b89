import { Projection } from './projection';
import { projectLotHistory } from './lot-history.projection';
import { projectLotSummary } from './lot-summary.projection';
import { MASTER_DATA_PROJECTIONS } from './master-data/master-data-projections';
import { projectLotLedger } from './trace/lot-ledger.projection';
import { projectLotLinks } from './trace/lot-links.projection';

/** Every projection the projector runs, in the order it runs them within one transaction. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  // History first: the lots summary is folded from it.
  { name: 'lot_events', project: projectLotHistory },
  { name: 'lots', project: projectLotSummary },
  ...MASTER_DATA_PROJECTIONS,
  // After lot_events: a lot whose movements must be read again whole is read from it.
  { name: 'lot_links', project: projectLotLinks },
  { name: 'lot_movements', project: projectLotLedger },
];

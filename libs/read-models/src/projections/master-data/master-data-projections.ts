import { Projection } from '../projection';
import { projectParties } from './party.projection';
import { projectPlaces } from './place.projection';
import { projectProducts } from './product.projection';
import { projectSchemes } from './scheme.projection';
import { projectVillageSpecialisations } from './village-specialisation.projection';

/** The master-data projections, each keeping one table at the latest version of its records. */
export const MASTER_DATA_PROJECTIONS: readonly Projection[] = [
  { name: 'places', project: projectPlaces },
  { name: 'products', project: projectProducts },
  { name: 'parties', project: projectParties },
  { name: 'schemes', project: projectSchemes },
  { name: 'village_specialisations', project: projectVillageSpecialisations },
];

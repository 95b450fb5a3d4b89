import { VillageSpecialisation } from './village-specialisation';

/** A village was registered for a product from a date. Wire type `village.specialisation-registered`. */
export interface VillageSpecialisationRegistered {
  readonly type: 'village.specialisation-registered';
  readonly schemaVersion: 1;
  readonly data: VillageSpecialisation;
}

import { VillageSpecialisation } from './village-specialisation';
import { VillageSpecialisationRegistered } from './village-specialisation-registered.event';

/** Every product a village is registered for, folded from its specialisation events. */
export type VillageSpecialisationState = readonly VillageSpecialisation[];

/** Applies one event to a village's specialisations. */
export function evolveVillageSpecialisations(
  state: VillageSpecialisationState,
  event: VillageSpecialisationRegistered,
): VillageSpecialisationState {
  switch (event.type) {
    case 'village.specialisation-registered':
      return [...state, event.data];
  }
}

/** Folds a village's specialisation history into its state. */
export function foldVillageSpecialisations(events: readonly VillageSpecialisationRegistered[]): VillageSpecialisationState {
  return events.reduce(evolveVillageSpecialisations, [] as VillageSpecialisationState);
}

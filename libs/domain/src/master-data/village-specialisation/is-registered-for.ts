import { kyrgyzstanDateAt } from '../shared/calendar-date';
import { VillageSpecialisation } from './village-specialisation';

/**
 * Whether a village was registered for a product at an instant: the origin rule asks this of
 * every harvest. `since` is a date in Kyrgyzstan, so a harvest at 01:00 local time on that date
 * (the evening before in UTC) already counts.
 */
export function isRegisteredFor(
  specialisations: readonly VillageSpecialisation[],
  villageId: string,
  productId: string,
  at: Date,
): boolean {
  const localDate = kyrgyzstanDateAt(at);
  return specialisations.some((s) => s.villageId === villageId && s.productId === productId && s.since <= localDate);
}

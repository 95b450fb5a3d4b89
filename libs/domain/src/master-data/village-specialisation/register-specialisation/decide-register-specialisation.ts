import { CommandMetadata } from '../../../shared/command-metadata';
import { DomainError } from '../../../shared/domain-error';
import { calendarDateOf } from '../../shared/calendar-date';
import { assertReferenceId } from '../../shared/reference-id';
import { VillageSpecialisationRegistered } from '../village-specialisation-registered.event';
import { VillageSpecialisationState } from '../village-specialisation-state';
import { RegisterSpecialisation } from './register-specialisation.command';

/**
 * Decides a village specialisation: valid ids, a real date on or after 2000-01-01, and no second
 * registration of the same product for the same village (a conflict naming the existing date).
 * `state` is the village's specialisations; the handler checks that the village and product exist.
 */
export function decideRegisterSpecialisation(
  command: RegisterSpecialisation,
  state: VillageSpecialisationState,
  _meta: CommandMetadata,
): [VillageSpecialisationRegistered] {
  const villageId = assertReferenceId(command.villageId, 'villageId');
  const productId = assertReferenceId(command.productId, 'productId');
  const since = calendarDateOf(command.since, 'since');
  const existing = state.find((s) => s.villageId === villageId && s.productId === productId);
  if (existing) {
    throw new DomainError(
      'SPECIALISATION.ALREADY_REGISTERED',
      'conflict',
      `${villageId} is already registered for ${productId} since ${existing.since}`,
      [{ field: 'productId', rule: 'new-specialisation', message: 'this village is already registered for this product', since: existing.since }],
    );
  }
  return [{ type: 'village.specialisation-registered', schemaVersion: 1, data: { villageId, productId, since } }];
}

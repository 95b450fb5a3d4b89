import { CommandMetadata } from '../../shared/command-metadata';
import { DomainError } from '../../shared/domain-error';
import { assertInKyrgyzstan } from '../../shared/geo-point';
import { assertLotId } from '../../shared/identifiers';
import { quantityOf } from '../../shared/quantity';
import { assertPlausibleFactTime, parseInstant } from '../../shared/recorded-time';
import { LotHarvested } from '../events/lot-harvested.event';
import { LotState } from '../lot-state';
import { RecordHarvest } from './record-harvest.command';

/**
 * Decides a harvest: a new lot, with a plausible quantity, time and place.
 * A lot id can be harvested only once: a second harvest under the same id is a conflict.
 */
export function decideRecordHarvest(command: RecordHarvest, state: LotState, meta: CommandMetadata): [LotHarvested] {
  assertLotId(command.lotId);
  if (state.status !== 'absent') {
    throw new DomainError('LOT.ALREADY_EXISTS', 'conflict', `Lot ${command.lotId} already exists`, [
      { field: 'lotId', rule: 'new-lot', message: 'a harvest creates a new lot; this lot id is taken' },
    ]);
  }
  const quantity = quantityOf(command.quantity.amount, command.quantity.unit);
  const harvestedAt = parseInstant(command.harvestedAt, 'harvestedAt');
  assertPlausibleFactTime(harvestedAt, meta.now, 'harvestedAt');
  const location = assertInKyrgyzstan(command.location, 'location');
  return [
    {
      type: 'lot.harvested',
      schemaVersion: 1,
      data: {
        lotId: command.lotId,
        villageId: command.villageId,
        producerId: command.producerId,
        productId: command.productId,
        quantity,
        harvestedAt: harvestedAt.toISOString(),
        location: { latitude: location.latitude, longitude: location.longitude },
      },
    },
  ];
}

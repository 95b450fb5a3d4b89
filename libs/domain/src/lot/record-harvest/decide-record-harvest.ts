import { DomainError } from '../../shared/domain-error';
import { assertInKyrgyzstan } from '../../shared/geo-point';
import { assertLotId } from '../../shared/identifiers';
import { Product } from '../../master-data/product/product';
import { isRegisteredFor } from '../../master-data/village-specialisation/is-registered-for';
import { LotFlagged } from '../events/lot-amendment.event';
import { LotHarvested } from '../events/lot-harvested.event';
import { assertRole, registeredParty, registeredPlace } from '../rules/access';
import { assertLotIsNew, factTime } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { quantityInUnit } from '../rules/milli';
import { RecordHarvest } from './record-harvest.command';

const HARVEST_SITES = ['apiary', 'plot', 'pasture'] as const;

function registeredProduct(context: LotDecisionContext, productId: string): Product {
  const product = context.masterData.product(productId);
  if (!product) {
    throw new DomainError('REFERENCE.UNKNOWN_PRODUCT', 'invalid', `Product ${productId} is not registered`, [
      { field: 'productId', rule: 'registered-product', message: 'must name a registered product', productId },
    ]);
  }
  return product;
}

/**
 * Refuses a harvest recorded for someone else: a producer records its own harvests, a village group
 * (a producer party others are members of, such as a field device of the group) records its members'.
 */
function assertRecordsFor(context: LotDecisionContext, producerId: string): void {
  const producer = registeredParty(context.masterData, producerId, 'producerId', ['producer']);
  const actor = context.actor;
  if (producer.partyId !== actor.partyId && !producer.memberOfIds.includes(actor.partyId)) {
    throw new DomainError('ACCESS.NOT_OWN_HARVEST', 'forbidden', `${actor.partyId} may not record harvests for ${producerId}`, [
      { field: 'producerId', rule: 'own-or-member-harvest', message: 'a party records its own harvests, or those of its members', producerId, actorId: actor.partyId },
    ]);
  }
}

/**
 * Decides a harvest: a new lot of a registered product, harvested by a registered producer in a
 * registered village, with a plausible quantity (in the product's unit), time and place. A harvest
 * of a product its village is not registered for is accepted, and flagged for inspectors in the
 * same transaction: never refused, never silent.
 */
export function decideRecordHarvest(command: RecordHarvest, context: LotDecisionContext): LotEventFor[] {
  const lotId = assertLotId(command.lotId);
  assertRole(context.actor, ['producer'], 'record a harvest');
  assertLotIsNew(lotIn(context, lotId), lotId, 'lotId');
  const product = registeredProduct(context, command.productId);
  registeredPlace(context.masterData, command.villageId, 'villageId', ['village', 'town']);
  assertRecordsFor(context, command.producerId);
  if (command.placeId !== undefined) {
    const site = registeredPlace(context.masterData, command.placeId, 'placeId', HARVEST_SITES);
    if (site.parentId !== command.villageId) {
      throw new DomainError('REFERENCE.PLACE_OUTSIDE_VILLAGE', 'invalid', `${command.placeId} is not in ${command.villageId}`, [
        { field: 'placeId', rule: 'site-in-village', message: 'the harvest site must belong to the village', placeId: command.placeId, parentId: site.parentId },
      ]);
    }
    const operators = [command.producerId, context.actor.partyId];
    const operated = operators.some((id) => context.masterData.party(id)?.operatesPlaceIds.includes(site.placeId));
    if (!operated) {
      throw new DomainError('ACCESS.PLACE_NOT_OPERATED', 'forbidden', `Neither ${command.producerId} nor ${context.actor.partyId} operates ${site.placeId}`, [
        { field: 'placeId', rule: 'operated-place', message: 'a harvest site is one the producer (or the recording group) operates', placeId: site.placeId },
      ]);
    }
  }
  const quantity = quantityInUnit(command.quantity, product.unit, 'quantity');
  const harvestedAt = factTime(command.harvestedAt, 'harvestedAt', context.now);
  const location = assertInKyrgyzstan(command.location, 'location');
  const harvested: LotHarvested = {
    type: 'lot.harvested',
    schemaVersion: 1,
    data: {
      lotId,
      villageId: command.villageId,
      producerId: command.producerId,
      productId: product.productId,
      quantity,
      harvestedAt,
      location: { latitude: location.latitude, longitude: location.longitude },
      ...(command.placeId !== undefined ? { placeId: command.placeId } : {}),
    },
  };
  const events: LotEventFor[] = [{ lotId, event: harvested }];
  const specialisations = context.masterData.specialisations(command.villageId);
  if (!isRegisteredFor(specialisations, command.villageId, product.productId, new Date(harvestedAt))) {
    const flag: LotFlagged = {
      type: 'lot.flagged',
      schemaVersion: 1,
      data: {
        lotId,
        flag: 'origin-not-registered',
        message: `${command.villageId} is not registered for ${product.productId} on the harvest date`,
        flaggedAt: harvestedAt,
        villageId: command.villageId,
        productId: product.productId,
        registeredProductIds: specialisations.map((s) => s.productId),
      },
    };
    events.push({ lotId, event: flag });
  }
  return events;
}

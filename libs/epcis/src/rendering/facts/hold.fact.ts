import type { LotHeld, LotRecalled, LotReleased } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { unitUri } from '../epcis-identifiers';
import { type LotRenderingContext, gtinOf, productOfLot } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { wholeLot } from './quantity-element';
import { TAMGA_BIZ_STEPS } from './tamga-biz-steps';

/**
 * Holds and recalls change what may be done with the goods until further notice, which is what an
 * EPCIS 2.0 persistentDisposition says: a hold sets non_sellable_other (CBV: not sellable for a
 * reason other than damage, expiry, recall...), its release unsets it, a recall sets recalled.
 */

/** The lot may not be used until released: CBV's holding step. */
export function heldDraft(event: LotHeld, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: wholeLot(context, d.lotId),
      action: 'OBSERVE',
      bizStep: 'holding',
      disposition: 'non_sellable_other',
      persistentDisposition: { set: ['non_sellable_other'] },
      [tamga('holdId')]: d.holdId,
      [tamga('reason')]: d.reason,
    },
  };
}

/** The hold was lifted: the lot is available again. */
export function releasedDraft(event: LotReleased, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: wholeLot(context, d.lotId),
      action: 'OBSERVE',
      bizStep: TAMGA_BIZ_STEPS.releasing,
      disposition: 'available',
      persistentDisposition: { unset: ['non_sellable_other'] },
      [tamga('holdId')]: d.holdId,
      [tamga('reason')]: d.reason,
    },
  };
}

/** The whole lot, or the listed units (SGTINs), are recalled. */
export function recalledDraft(event: LotRecalled, context: LotRenderingContext): EventDraft {
  const d = event.data;
  const units = d.scope === 'listed-units' ? (d.serials ?? []) : [];
  const gtin = units.length > 0 ? gtinOf(context, productOfLot(context, d.lotId)) : '';
  return {
    type: 'ObjectEvent',
    fields: {
      ...(units.length > 0 ? { epcList: units.map((serial) => unitUri(gtin, serial)) } : { quantityList: wholeLot(context, d.lotId) }),
      action: 'OBSERVE',
      bizStep: TAMGA_BIZ_STEPS.recalling,
      disposition: 'recalled',
      persistentDisposition: { set: ['recalled'] },
      [tamga('recallId')]: d.recallId,
      [tamga('scope')]: d.scope,
      [tamga('reason')]: d.reason,
    },
  };
}

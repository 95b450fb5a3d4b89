import type { LotFlagged } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import type { LotRenderingContext } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { wholeLot } from './quantity-element';
import { TAMGA_BIZ_STEPS } from './tamga-biz-steps';

/**
 * A JSON value with every object key turned into a Tamga extension name, so JSON-LD keeps it;
 * nulls are dropped. Keys are sorted: Postgres jsonb hands keys back in its own order, and the
 * rendering must not depend on it.
 */
function asExtension(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asExtension).filter((v) => v !== undefined);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const entries = keys.map((key) => [tamga(encodeURIComponent(key)), asExtension((value as Record<string, unknown>)[key])] as const);
    return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
  }
  return value === null ? undefined : value;
}

/**
 * A flag is Tamga's own finding about a recorded fact (a harvest of a product its village is not
 * registered for), not a step any party took with the goods. It is exported anyway, as an
 * ObjectEvent OBSERVE with Tamga's `flagging` step and no disposition: a buyer who distrusts the
 * exporter must see what inspectors see, and an export that could leave flags out would let an
 * exporter hide them. Retracting a flag (dismissing it) renders as an error declaration of it.
 */
export function flaggedDraft(event: LotFlagged, context: LotRenderingContext): EventDraft {
  const { lotId, flag, message, flaggedAt: _flaggedAt, ...details } = event.data;
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: wholeLot(context, lotId),
      action: 'OBSERVE',
      bizStep: TAMGA_BIZ_STEPS.flagging,
      [tamga('flag')]: flag,
      [tamga('message')]: message,
      ...(Object.keys(details).length > 0 ? { [tamga('details')]: asExtension(details) } : {}),
    },
  };
}

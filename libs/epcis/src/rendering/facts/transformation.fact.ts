import type { LotMerged, LotSplit, LotTransformed } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { tamgaUrn } from '../epcis-identifiers';
import { type LotRenderingContext, atPlace } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { portionQuantity } from './quantity-element';

/**
 * Transformations, splits and merges all consume input lots and commission output lots: one
 * TransformationEvent with both quantity lists, at the workshop. The shared transformationId
 * becomes the transformationID, so the copies stored on each lot render (and hash) identically.
 * The process (extraction, cooking...) describes the outputs, so it goes in their ILMD.
 */
export function transformationDraft(event: LotTransformed | LotSplit | LotMerged, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return {
    type: 'TransformationEvent',
    fields: {
      inputQuantityList: d.inputs.map((p) => portionQuantity(context, p)),
      outputQuantityList: d.outputs.map((p) => portionQuantity(context, p)),
      transformationID: tamgaUrn('transformation', d.transformationId),
      bizStep: 'commissioning',
      disposition: 'active',
      ...atPlace(context, d.placeId),
      ...(event.type === 'lot.transformed' ? { ilmd: { [tamga('process')]: event.data.process } } : {}),
    },
  };
}

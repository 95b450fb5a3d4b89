import { Quantity } from '../../../shared/quantity';
import { TransformationProcess } from '../../../master-data/product/transformation-process';
import { LotMerged, LotSplit, LotTransformed } from '../../events/lot-transformed.event';
import { baseMilliOf } from '../base-milli';

/** How a link was made: a transformation, a split or a merge. */
export type LotLinkKind = 'transformed' | 'split' | 'merged';

/**
 * One edge of the genealogy: some of an input lot went into an output lot. A fact with n inputs
 * and m outputs gives n × m links, each carrying the totals of its fact, so a trace can attribute
 * quantities from the links alone.
 */
export interface LotLink {
  readonly transformationId: string;
  readonly kind: LotLinkKind;
  readonly process: TransformationProcess | null;
  readonly placeId: string;
  readonly inputLotId: string;
  readonly inputProductId: string;
  readonly outputLotId: string;
  readonly outputProductId: string;
  /** What the fact took from the input, in the input's unit. */
  readonly taken: Quantity;
  /** What the fact made of the output, in the output's unit. */
  readonly made: Quantity;
  /** Everything the fact took, over all its inputs, in thousandths of the base unit. */
  readonly inputsBaseMilli: number;
  /** Everything the fact made, over all its outputs, in thousandths of the base unit. */
  readonly outputsBaseMilli: number;
  readonly occurredAt: string;
}

/** The links of a transformation, split or merge: every input to every output. */
export function linksOf(event: LotTransformed | LotSplit | LotMerged): LotLink[] {
  const d = event.data;
  const kind: LotLinkKind = event.type === 'lot.transformed' ? 'transformed' : event.type === 'lot.split' ? 'split' : 'merged';
  const occurredAt = event.type === 'lot.transformed' ? event.data.transformedAt : event.type === 'lot.split' ? event.data.splitAt : event.data.mergedAt;
  const inputsBaseMilli = d.inputs.reduce((sum, i) => sum + baseMilliOf(i.quantity), 0);
  const outputsBaseMilli = d.outputs.reduce((sum, o) => sum + baseMilliOf(o.quantity), 0);
  return d.inputs.flatMap((input) =>
    d.outputs.map((output) => ({
      transformationId: d.transformationId,
      kind,
      process: event.type === 'lot.transformed' ? event.data.process : null,
      placeId: d.placeId,
      inputLotId: input.lotId,
      inputProductId: input.productId,
      outputLotId: output.lotId,
      outputProductId: output.productId,
      taken: input.quantity,
      made: output.quantity,
      inputsBaseMilli,
      outputsBaseMilli,
      occurredAt,
    })),
  );
}

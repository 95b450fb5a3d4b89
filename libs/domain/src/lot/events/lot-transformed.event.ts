import { TransformationProcess } from '../../master-data/product/transformation-process';
import { LotPortion } from './lot-portion';

/**
 * Input lots were turned into new output lots (extraction, blending, cooking, soap making,
 * felting...). One fact touching several lots: the same event, with the same data, is appended to
 * the stream of every input and every output in one transaction, so each lot's history holds it
 * whole. Wire type `lot.transformed`.
 */
export interface LotTransformed {
  readonly type: 'lot.transformed';
  readonly schemaVersion: 1;
  readonly data: {
    /** Shared by the copies of this fact on every lot it touches. */
    readonly transformationId: string;
    readonly process: TransformationProcess;
    /** The workshop where it happened, operated by the party that recorded it. */
    readonly placeId: string;
    /** What was taken from each input lot. */
    readonly inputs: readonly LotPortion[];
    /** The new lots made, each of one product. */
    readonly outputs: readonly LotPortion[];
    readonly transformedAt: string;
  };
}

/**
 * A lot was divided into new lots of the same product, the quantities adding up exactly (a
 * harvest divided between two processors, a batch divided for packing lines). Same shape and
 * multi-lot storage as `lot.transformed`, one input. Wire type `lot.split`.
 */
export interface LotSplit {
  readonly type: 'lot.split';
  readonly schemaVersion: 1;
  readonly data: {
    readonly transformationId: string;
    readonly placeId: string;
    readonly inputs: readonly [LotPortion];
    readonly outputs: readonly LotPortion[];
    readonly splitAt: string;
  };
}

/**
 * Lots of one product were combined into one new lot, the quantities adding up exactly (several
 * producers' honey pooled by a village group). Wire type `lot.merged`.
 */
export interface LotMerged {
  readonly type: 'lot.merged';
  readonly schemaVersion: 1;
  readonly data: {
    readonly transformationId: string;
    readonly placeId: string;
    readonly inputs: readonly LotPortion[];
    readonly outputs: readonly [LotPortion];
    readonly mergedAt: string;
  };
}

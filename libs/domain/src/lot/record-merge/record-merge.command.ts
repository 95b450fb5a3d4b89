import { InputRequest } from '../rules/multi-lot';

/** Record that lots of one product were combined into one new lot. */
export interface RecordMerge {
  readonly transformationId: string;
  readonly inputs: readonly InputRequest[];
  readonly outputLotId: string;
  readonly placeId: string;
  readonly mergedAt: string;
}

import { InputRequest } from '../rules/multi-lot';

/** Record that input lots were turned into new output lots by a process. */
export interface RecordTransformation {
  readonly transformationId: string;
  readonly process: string;
  readonly placeId: string;
  readonly inputs: readonly InputRequest[];
  readonly outputs: readonly { readonly lotId: string; readonly productId: string; readonly quantity: { readonly amount: number; readonly unit: string } }[];
  readonly transformedAt: string;
}

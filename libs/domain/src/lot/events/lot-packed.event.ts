import { Quantity } from '../../shared/quantity';

/**
 * Part of a lot was packed into units (jars, bars, pieces), each with a serial number, so each is
 * addressable by a GS1 Digital Link `/01/{gtin}/10/{lot}/21/{serial}`. The units stay part of the
 * lot: packing changes no quantity, it says how much of the lot is now in which units.
 * Wire type `lot.packed`.
 */
export interface LotPacked {
  readonly type: 'lot.packed';
  readonly schemaVersion: 1;
  readonly data: {
    readonly packingId: string;
    readonly lotId: string;
    readonly placeId: string;
    /** How much of the lot each unit holds, in the lot's unit. */
    readonly unitSize: Quantity;
    /** GS1 AI (21) serials, unique within the lot. */
    readonly serials: readonly string[];
    readonly packedAt: string;
  };
}

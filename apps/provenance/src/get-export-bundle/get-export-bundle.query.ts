import type { Withholding } from './withhold-param';

/** Ask for the proof bundle of an export shipment, with the fields to withhold (already validated). */
export class GetExportBundleQuery {
  constructor(
    readonly shipmentId: string,
    readonly withhold: Withholding,
  ) {}
}

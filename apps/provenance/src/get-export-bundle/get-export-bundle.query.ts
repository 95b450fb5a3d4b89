/** Ask for the proof bundle of an export shipment, with the fields to withhold (validated groups or type:field pairs). */
export class GetExportBundleQuery {
  constructor(
    readonly shipmentId: string,
    readonly withhold: readonly string[],
  ) {}
}

/** Ask for the EPCIS 2.0 document of an export shipment's whole trace back. */
export class GetExportEpcisQuery {
  constructor(readonly shipmentId: string) {}
}

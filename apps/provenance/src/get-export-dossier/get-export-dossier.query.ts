/** Ask for the origin dossier of one export shipment, as JSON. */
export class GetExportDossierQuery {
  constructor(readonly shipmentId: string) {}
}

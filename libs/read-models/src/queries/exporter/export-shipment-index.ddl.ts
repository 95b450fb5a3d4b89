/**
 * Export events by shipment id, for the exporter's list and dossier: without it, finding a
 * shipment's lots reads every lot event (a sequential scan of a million rows takes longer than the
 * whole dossier may). Partial, so only exports are indexed; the shipment id is the index's order,
 * so a page of the list is a range read.
 */
export function exportShipmentIndexDdl(s: string): string {
  return `CREATE INDEX IF NOT EXISTS lot_events_export_shipment ON ${s}.lot_events ((data->>'shipmentId'), lot_id, stream_version) WHERE type = 'lot.exported'`;
}

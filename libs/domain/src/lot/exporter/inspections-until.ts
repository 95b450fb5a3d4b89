import { DossierRecord, citationOf } from './dossier-record';
import { InspectionView } from './origin-dossier';

/**
 * The inspections recorded of the given lots up to the export, failed ones too: a honey batch that
 * failed its moisture test and passed a re-test shows both, as the record does. A retracted
 * inspection (of another sample) never happened. Oldest first.
 */
export function inspectionsUntil(records: readonly DossierRecord[], until: string): InspectionView[] {
  const retracted = new Set(records.flatMap((r) => (r.event.type === 'lot.retracted' ? [r.event.data.retractsEventId] : [])));
  const limit = Date.parse(until);
  const views: InspectionView[] = [];
  for (const r of records) {
    if (r.event.type !== 'lot.inspected' || retracted.has(r.eventId)) continue;
    const d = r.event.data;
    if (Date.parse(d.inspectedAt) > limit) continue;
    views.push({
      inspectionId: d.inspectionId,
      lotId: d.lotId,
      inspectorId: r.actorId,
      placeId: d.placeId ?? null,
      sampleId: d.sampleId ?? null,
      outcome: d.outcome,
      results: d.results,
      report: d.report ?? null,
      inspectedAt: d.inspectedAt,
      event: citationOf(r),
    });
  }
  return views.sort((a, b) => Date.parse(a.inspectedAt) - Date.parse(b.inspectedAt) || a.inspectionId.localeCompare(b.inspectionId));
}

import { DossierRecord, LOT_EVENT_TYPES, LocalisedNames, LotEvent, buildOriginDossier } from '#tamga/domain';
import { RecomputedRecord } from '../verify/recompute-records';
import { VerifiedSummary } from '../verify/verification-report';

const nameOf = (names: LocalisedNames | null | undefined): string | null => names?.en ?? null;

/** The latest version of each master-data stream, from the verified records (each event carries the whole version). */
function latestVersions(records: readonly RecomputedRecord[], prefix: string): Map<string, Record<string, unknown>> {
  const latest = new Map<string, RecomputedRecord>();
  for (const r of records) {
    if (!r.record.streamId.startsWith(prefix)) continue;
    const known = latest.get(r.record.streamId);
    if (!known || known.record.streamVersion < r.record.streamVersion) latest.set(r.record.streamId, r);
  }
  return new Map([...latest].map(([streamId, r]) => [streamId.slice(prefix.length), r.data as Record<string, unknown>]));
}

/**
 * What the verified records say of the shipment: its lots, the villages it comes from with their
 * shares and the certificates in force on the export date, computed by the same pure function the
 * dossier uses (buildOriginDossier), from the shown fields only. A withheld field the origin needs
 * leaves that part null with a note, rather than a guess.
 */
export function verifiedSummaryOf(shipmentId: string, events: readonly RecomputedRecord[], masterData: readonly RecomputedRecord[]): VerifiedSummary {
  const histories = new Map<string, DossierRecord[]>();
  for (const { record, data } of events) {
    if (!(LOT_EVENT_TYPES as readonly string[]).includes(record.type)) continue;
    const dossierRecord: DossierRecord = {
      eventId: record.eventId,
      version: record.streamVersion,
      actorId: record.actorId,
      event: { type: record.type, schemaVersion: record.schemaVersion, data } as LotEvent,
      lotId: record.streamId,
      recordedAt: record.recordedAt,
      globalPosition: String(record.leafIndex),
      epcisEventId: record.epcisHashes[0] ?? '',
    };
    histories.set(record.streamId, [...(histories.get(record.streamId) ?? []), dossierRecord]);
  }
  for (const history of histories.values()) history.sort((a, b) => a.version - b.version);
  const places = latestVersions(masterData, 'place/');
  const products = latestVersions(masterData, 'product/');
  const schemes = latestVersions(masterData, 'scheme/');
  const empty: VerifiedSummary = { shipmentId, exportDate: null, destinationCountry: null, lots: [], villages: null, originNote: null, certificates: [] };
  let dossier;
  try {
    dossier = buildOriginDossier({
      shipmentId,
      histories,
      masterData: {
        place: (id) => places.get(id) as never,
        product: (id) => products.get(id) as never,
        scheme: (id) => schemes.get(id) as never,
      },
    });
  } catch (error) {
    return { ...empty, originNote: `the origin cannot be computed from the shown fields (${(error as Error).message})` };
  }
  if (!dossier) return { ...empty, originNote: `no standing export of shipment ${shipmentId} is among the verified events` };
  // Kilograms and pieces do not add up: a shipment of both has shares per lot only.
  const villages = dossier.origin.villages
    ? dossier.origin.villages.map((v) => ({ villageId: v.villageId, name: nameOf(v.names), percent: v.percent }))
    : dossier.origin.lots.flatMap((l) => l.villages.map((v) => ({ lotId: l.lotId, villageId: v.villageId, name: nameOf(v.names), percent: v.percent })));
  const unattributed = dossier.origin.lots.filter((l) => l.unattributedShare > 0).map((l) => l.lotId);
  return {
    shipmentId,
    exportDate: dossier.shipment.exportDate,
    destinationCountry: dossier.shipment.destinationCountry ?? null,
    lots: dossier.shipment.lots.map((l) => ({ lotId: l.lotId, product: nameOf(l.productNames) ?? l.productId, quantity: `${l.quantity.amount} ${l.quantity.unit}` })),
    villages,
    originNote: !dossier.origin.complete ? 'part of the origin is not traced back to a harvest in the bundle' : unattributed.length > 0 ? `part of lots ${unattributed.join(', ')} is unattributed` : null,
    certificates: dossier.certifications.map((c) => ({
      certificateId: c.certificateId,
      lotId: c.lotId,
      scheme: nameOf(c.schemeNames) ?? c.schemeId,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      revokedLater: c.revokedLater?.revokedAt ?? null,
    })),
  };
}

import { kyrgyzstanDateAt } from '../../master-data/shared/calendar-date';
import { EventCitation, DossierRecord, citationOf } from './dossier-record';

/** A certificate of a lot in the trace that was in force when the shipment left. */
export interface CertificationInForce {
  readonly certificateId: string;
  readonly lotId: string;
  readonly schemeId: string;
  /** The scheme's issuer that recorded it (a party id, never a person's details). */
  readonly issuerId: string | null;
  /** Calendar dates in Kyrgyzstan, both inclusive. */
  readonly validFrom: string;
  readonly validUntil: string;
  readonly certifiedAt: string;
  /** A revocation recorded after the export: the certificate was in force on the day, and the reader should know it no longer is. */
  readonly revokedLater: { readonly revokedAt: string; readonly reason: string; readonly event: EventCitation } | null;
  readonly event: EventCitation;
}

/**
 * The certificates of the given lots in force at `exportedAt`: the export's calendar date in
 * Kyrgyzstan lies within validFrom..validUntil (the dates a certificate is issued for, both
 * inclusive), it was recorded no later than the export, and it was neither revoked nor marked
 * expired at or before the export (a revocation on the morning of an afternoon export counts).
 * A retracted certification never happened. Oldest first.
 */
export function certificationsInForce(records: readonly DossierRecord[], exportedAt: string): CertificationInForce[] {
  const exportTime = Date.parse(exportedAt);
  const exportDate = kyrgyzstanDateAt(new Date(exportTime));
  const retracted = new Set(records.flatMap((r) => (r.event.type === 'lot.retracted' ? [r.event.data.retractsEventId] : [])));
  const standing = records.filter((r) => !retracted.has(r.eventId));
  const ended = new Map<string, DossierRecord[]>();
  for (const r of standing) {
    if (r.event.type !== 'lot.certificate-revoked' && r.event.type !== 'lot.certificate-expired') continue;
    const key = `${r.lotId}\u0000${r.event.data.certificateId}`;
    ended.set(key, [...(ended.get(key) ?? []), r]);
  }
  const inForce: CertificationInForce[] = [];
  for (const r of standing) {
    if (r.event.type !== 'lot.certified') continue;
    const d = r.event.data;
    if (d.validFrom > exportDate || d.validUntil < exportDate || Date.parse(d.certifiedAt) > exportTime) continue;
    const endings = ended.get(`${r.lotId}\u0000${d.certificateId}`) ?? [];
    const endedBefore = endings.some((e) => Date.parse(endedAt(e)) <= exportTime);
    if (endedBefore) continue;
    const revocation = endings.find((e) => e.event.type === 'lot.certificate-revoked');
    inForce.push({
      certificateId: d.certificateId,
      lotId: r.lotId,
      schemeId: d.schemeId,
      issuerId: r.actorId,
      validFrom: d.validFrom,
      validUntil: d.validUntil,
      certifiedAt: d.certifiedAt,
      revokedLater:
        revocation && revocation.event.type === 'lot.certificate-revoked'
          ? { revokedAt: revocation.event.data.revokedAt, reason: revocation.event.data.reason, event: citationOf(revocation) }
          : null,
      event: citationOf(r),
    });
  }
  return inForce.sort((a, b) => Date.parse(a.certifiedAt) - Date.parse(b.certifiedAt) || a.certificateId.localeCompare(b.certificateId));
}

function endedAt(record: DossierRecord): string {
  const event = record.event;
  if (event.type === 'lot.certificate-revoked') return event.data.revokedAt;
  if (event.type === 'lot.certificate-expired') return event.data.expiredAt;
  throw new Error(`not an ending of a certificate: ${event.type}`);
}

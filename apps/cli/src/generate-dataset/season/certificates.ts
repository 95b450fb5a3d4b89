import { decideExpireCertificate, decideRecordCertification, decideRecordRecall, decideRevokeCertificate } from '#tamga/domain';
import { Season } from './season';

/** A certificate recorded in a cycle, and what later becomes of it. */
export interface Issued {
  readonly lotId: string;
  readonly certificateId: string;
  readonly fate: 'kept' | 'revoked' | 'expires';
}

/**
 * Certifies a lot before it leaves the centre: "Made in Kyrgyzstan" always (valid to the end of
 * 2028), organic usually (to mid-2027; one in twelve on a short certificate that expires within the
 * season, one in twelve revoked later), the Issyk-Kul brand for that region's goods, halal sometimes.
 * Returns the certificates whose fate is recorded later (settleCertificates).
 */
export function certify(s: Season, lotId: string, day: number, issykKul: boolean): Issued[] {
  const w = s.world;
  const issue = (scheme: string, issuer: typeof w.association, validUntil: string, hour: number) => {
    const certificateId = s.factId('CE');
    s.book.record('certification', decideRecordCertification, issuer, {
      certificateId, lotId, schemeId: scheme, validFrom: s.days.date(day), validUntil, certifiedAt: s.days.at(day, hour),
    });
    return certificateId;
  };
  issue(w.schemes.madeInKyrgyzstan, w.association, '2028-12-31', 9);
  if (issykKul) issue(w.schemes.issykKulBrand, w.association, '2028-12-31', 9);
  if (s.random.chance(0.3)) issue(w.schemes.halal, w.halalCertifier, '2027-12-31', 10);
  if (s.random.chance(0.15)) return [];
  const r = s.random.float();
  const fate: Issued['fate'] = r < 1 / 12 ? 'revoked' : r < 2 / 12 ? 'expires' : 'kept';
  const certificateId = issue(w.schemes.organic, w.organicCertifier, fate === 'expires' ? s.days.date(day + 20) : '2027-06-30', 11);
  return fate === 'kept' ? [] : [{ lotId, certificateId, fate }];
}

/** Records the revocations and expiries of a cycle's certificates, after its other facts (an expiry the day after the last valid day). */
export function settleCertificates(s: Season, issued: readonly Issued[], day: number): void {
  for (const c of issued) {
    if (c.fate === 'revoked') {
      s.book.record('revocation', decideRevokeCertificate, s.world.organicCertifier, {
        lotId: c.lotId, certificateId: c.certificateId, reason: 'pesticide residue found in a later sample', revokedAt: s.days.at(day + 10, 12),
      });
    } else {
      s.book.record('expiry', decideExpireCertificate, s.world.organicCertifier, { lotId: c.lotId, certificateId: c.certificateId, expiredAt: s.days.at(day + 21, 9) });
    }
  }
}

/** An inspector recalls a lot (a jar with foreign matter), or a few of its units still on a shelf. */
export function recall(s: Season, lotId: string, unsold: readonly string[], whole: boolean, at: string): void {
  s.book.record('recall', decideRecordRecall, s.random.pick(s.world.inspectors), {
    recallId: s.factId('RC'),
    lotId,
    reason: whole ? 'foreign matter found in a jar' : 'lids of these jars did not seal',
    scope: whole ? 'whole-lot' : 'listed-units',
    ...(whole ? {} : { serials: unsold.slice(0, 2) }),
    recalledAt: at,
  });
}

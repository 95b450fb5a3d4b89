import { LocalisedNames, OriginDossier, Quantity, kyrgyzstanDateAt } from '#tamga/domain';
import { CertificateLanguage, CertificateOfOriginContent } from '#tamga/labels';

// Units as each reader writes them; the UN/CEFACT code is what EPCIS carries.
const UNITS: Record<Quantity['unit'], Record<CertificateLanguage, string>> = {
  KGM: { en: 'kg', ru: 'кг', ja: 'kg', zh: '千克' },
  GRM: { en: 'g', ru: 'г', ja: 'g', zh: '克' },
  TNE: { en: 't', ru: 'т', ja: 't', zh: '吨' },
  LTR: { en: 'l', ru: 'л', ja: 'L', zh: '升' },
  MLT: { en: 'ml', ru: 'мл', ja: 'mL', zh: '毫升' },
  H87: { en: 'pcs', ru: 'шт.', ja: '個', zh: '件' },
  MTK: { en: 'm²', ru: 'м²', ja: 'm²', zh: '平方米' },
};

/** A name in the language, else English, Russian or Kyrgyz (master data has those three always), else the id. */
export function nameIn(names: LocalisedNames | null, lang: CertificateLanguage, id: string): string {
  return names?.[lang] ?? names?.en ?? names?.ru ?? names?.ky ?? id;
}

const quantityIn = (q: Quantity, lang: CertificateLanguage) => `${q.amount.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 3 })} ${UNITS[q.unit][lang]}`;
const percent = (p: number) => `${p.toFixed(2)} %`;

/** What the certificate prints, from the dossier, in one language (names by master data, with fallback). */
export function certificateContentOf(dossier: OriginDossier, lang: CertificateLanguage, verificationUrl: string): CertificateOfOriginContent {
  const { shipment, origin } = dossier;
  const country = (code: string) => `${new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code} (${code})`;
  const villagesOf = (villages: NonNullable<OriginDossier['origin']['villages']>) =>
    villages.map((v) => ({ village: nameIn(v.names, lang, v.villageId), percent: percent(v.percent), producers: v.producerIds.length }));
  const unattributed = (villages: readonly { percent: number }[]) => {
    const left = Math.round((100 - villages.reduce((sum, v) => sum + v.percent, 0)) * 100) / 100;
    return left > 0 ? percent(left) : null;
  };
  const parts = origin.villages
    ? [{ heading: null, villages: villagesOf(origin.villages), unattributedPercent: unattributed(origin.villages) }]
    : origin.lots.map((l) => ({ heading: l.lotId, villages: villagesOf(l.villages), unattributedPercent: unattributed(l.villages) }));
  return {
    lang,
    certificateOfOrigin: shipment.certificateOfOrigin,
    shipmentId: shipment.shipmentId,
    exporterId: shipment.exporterId ?? '',
    exportedFrom: nameIn(shipment.from.names, lang, shipment.from.placeId),
    buyer: `${shipment.buyer.name}, ${country(shipment.buyer.country)}`,
    destination: country(shipment.destinationCountry),
    customsDeclaration: shipment.customsDeclaration,
    hsCode: shipment.hsCode,
    exportDate: shipment.exportDate,
    lots: shipment.lots.map((l) => ({ lotId: l.lotId, product: nameIn(l.productNames, lang, l.productId ?? ''), quantity: quantityIn(l.quantity, lang) })),
    origin: parts,
    certifications: dossier.certifications.map((c) => ({
      scheme: nameIn(c.schemeNames, lang, c.schemeId),
      certificateId: c.certificateId,
      lotId: c.lotId,
      validity: `${c.validFrom} – ${c.validUntil}`,
    })),
    inspections: dossier.inspections.map((i) => ({
      lotId: i.lotId,
      date: kyrgyzstanDateAt(new Date(i.inspectedAt)),
      outcome: i.outcome,
      summary: i.results.map((r) => `${r.parameter} ${r.value} ${r.unit}`).join(', '),
    })),
    eventCount: dossier.evidence.events.length,
    verificationUrl,
  };
}

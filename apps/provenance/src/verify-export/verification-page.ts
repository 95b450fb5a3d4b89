import { ServedDossier } from '../get-export-dossier/get-export-dossier.handler';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const quantity = (q: { amount: number; unit: string }) => `${q.amount} ${q.unit}`;

/**
 * The verification page as HTML, in English with each name also in its own languages: a page with
 * no script, style sheet, font or image from anywhere (a customs officer's network may be strict).
 */
export function verificationPageOf(dossier: ServedDossier): string {
  const { shipment, origin, certifications } = dossier;
  const names = (n: { en: string } | null, id: string) => escape(n?.en ?? id);
  const villages = origin.villages ?? origin.lots.flatMap((l) => l.villages);
  const rows = (cells: string[][]) => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shipment ${escape(shipment.shipmentId)}: origin</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem;line-height:1.4}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.25rem;text-align:left}</style>
</head><body>
<h1>Export shipment ${escape(shipment.shipmentId)}</h1>
<p>Exported ${escape(shipment.exportDate)} to ${escape(shipment.destinationCountry)}, buyer ${escape(shipment.buyer.name)};
certificate of origin ${escape(shipment.certificateOfOrigin)}, customs declaration ${escape(shipment.customsDeclaration)}, HS code ${escape(shipment.hsCode)}.</p>
<h2>Lots</h2><table>${rows(shipment.lots.map((l) => [escape(l.lotId), names(l.productNames, l.productId ?? ''), quantity(l.quantity)]))}</table>
<h2>Origin</h2><table>${rows(villages.map((v) => [names(v.names, v.villageId), `${v.percent.toFixed(2)} %`]))}</table>
<h2>Certificates in force on ${escape(shipment.exportDate)}</h2><table>${rows(certifications.map((c) => [names(c.schemeNames, c.schemeId), escape(c.certificateId), `${escape(c.validFrom)} – ${escape(c.validUntil)}`]))}</table>
<h2>The record</h2>
<p>${dossier.evidence.events.length} recorded events, each named by its GS1 CBV 2.0 event hash:
<a href="${escape(dossier.links.self)}">dossier (JSON)</a>, <a href="${escape(dossier.links.epcis)}">EPCIS 2.0 document</a>,
certificate of origin ${Object.entries(dossier.links.certificateOfOrigin).map(([lang, href]) => `<a href="${escape(href)}">${lang}</a>`).join(' ')}.</p>
<h2>Check it without us</h2>
<p>Download the <a href="${escape(dossier.links.bundle)}" download>proof bundle</a> (every event of the trace, signed, with its inclusion proof in the Tamga log)
and open it in the <a href="${escape(dossier.links.verifier)}">offline verifier</a> (save the page: it works from disk, with no network), or run <code>npx tamga verify bundle.json</code>.</p>
</body></html>
`;
}

/** The languages a certificate of origin is printed in: an export buyer reads one of these. */
export const CERTIFICATE_LANGUAGES = ['en', 'ru', 'ja', 'zh'] as const;

/** A language of the certificate. */
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/** The public page a certificate's QR code opens: where a buyer checks the shipment without the exporter (issue 5 adds the proofs). */
export function verificationUrlOf(publicUrl: string, shipmentId: string): string {
  return `${publicUrl}/exports/${encodeURIComponent(shipmentId)}/verify`;
}

/** Where every form of a shipment's dossier is served, on the public base URL. */
export function dossierLinksOf(publicUrl: string, shipmentId: string) {
  const base = `${publicUrl}/exports/${encodeURIComponent(shipmentId)}`;
  return {
    self: `${base}/dossier`,
    epcis: `${base}/dossier.jsonld`,
    certificateOfOrigin: Object.fromEntries(CERTIFICATE_LANGUAGES.map((lang) => [lang, `${base}/certificate-of-origin.pdf?lang=${lang}`])) as Record<CertificateLanguage, string>,
    verify: verificationUrlOf(publicUrl, shipmentId),
    /** The export proof bundle (docs/adr/0017) and the offline page that verifies it. */
    bundle: `${base}/bundle.json`,
    verifier: `${publicUrl}/verify.html`,
  };
}

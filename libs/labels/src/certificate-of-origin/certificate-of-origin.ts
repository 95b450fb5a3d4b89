import { CertificateLanguage } from './certificate-language';

/** What a certificate of origin shows, already in its language (names chosen, with fallback, by the caller). */
export interface CertificateOfOriginContent {
  readonly lang: CertificateLanguage;
  readonly certificateOfOrigin: string;
  readonly shipmentId: string;
  /** The exporter by party id: parties have no names in Tamga (no personal data in the record). */
  readonly exporterId: string;
  readonly exportedFrom: string;
  readonly buyer: string;
  readonly destination: string;
  readonly customsDeclaration: string;
  readonly hsCode: string;
  readonly exportDate: string;
  readonly lots: readonly { readonly lotId: string; readonly product: string; readonly quantity: string }[];
  /** Shares of the whole shipment, or per lot when its lots do not add up (different units). */
  readonly origin: readonly { readonly heading: string | null; readonly villages: readonly { readonly village: string; readonly percent: string; readonly producers: number }[]; readonly unattributedPercent: string | null }[];
  readonly certifications: readonly { readonly scheme: string; readonly certificateId: string; readonly lotId: string; readonly validity: string }[];
  readonly inspections: readonly { readonly lotId: string; readonly date: string; readonly outcome: 'passed' | 'failed'; readonly summary: string }[];
  readonly eventCount: number;
  /** The public verification page the QR code opens. */
  readonly verificationUrl: string;
}

import { CertificateLanguage } from '#tamga/labels';

/** Ask for the certificate of origin of an export shipment in one language. */
export class GetCertificateOfOriginQuery {
  constructor(
    readonly shipmentId: string,
    readonly lang: CertificateLanguage,
  ) {}
}

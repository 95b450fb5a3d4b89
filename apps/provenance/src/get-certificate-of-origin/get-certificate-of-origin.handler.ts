import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { certificateOfOriginPdf } from '#tamga/labels';
import { verificationUrlOf } from '../export-dossiers/dossier-links';
import { OriginDossierReader } from '../export-dossiers/origin-dossier.reader';
import { PUBLIC_URL } from '../qr-codes/public-url.provider';
import { certificateContentOf } from './certificate-content';
import { GetCertificateOfOriginQuery } from './get-certificate-of-origin.query';

/** A certificate of origin and the file name to save it under. */
export interface CertificateFile {
  readonly pdf: Buffer;
  readonly fileName: string;
}

/** The shipment's dossier printed as an A4 certificate of origin, its QR code opening the public verification page. */
@QueryHandler(GetCertificateOfOriginQuery)
export class GetCertificateOfOriginHandler implements IQueryHandler<GetCertificateOfOriginQuery, CertificateFile> {
  constructor(
    private readonly reader: OriginDossierReader,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async execute({ shipmentId, lang }: GetCertificateOfOriginQuery): Promise<CertificateFile> {
    const { dossier } = await this.reader.read(shipmentId);
    const pdf = certificateOfOriginPdf(certificateContentOf(dossier, lang, verificationUrlOf(this.publicUrl, shipmentId)));
    return { pdf, fileName: `certificate-of-origin-${shipmentId.replace(/:/g, '-')}-${lang}.pdf` };
  }
}

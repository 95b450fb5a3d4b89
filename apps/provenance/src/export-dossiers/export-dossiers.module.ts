import { Module } from '@nestjs/common';
import { GetCertificateOfOriginController } from '../get-certificate-of-origin/get-certificate-of-origin.controller';
import { GetCertificateOfOriginHandler } from '../get-certificate-of-origin/get-certificate-of-origin.handler';
import { GetExportBundleController } from '../get-export-bundle/get-export-bundle.controller';
import { GetExportBundleHandler } from '../get-export-bundle/get-export-bundle.handler';
import { SealedLogReader } from '../get-export-bundle/sealed-log.reader';
import { GetVerifyHtmlController } from '../get-verify-html/get-verify-html.controller';
import { GetExportDossierController } from '../get-export-dossier/get-export-dossier.controller';
import { GetExportDossierHandler } from '../get-export-dossier/get-export-dossier.handler';
import { GetExportEpcisController } from '../get-export-epcis/get-export-epcis.controller';
import { GetExportEpcisHandler } from '../get-export-epcis/get-export-epcis.handler';
import { ListExportsController } from '../list-exports/list-exports.controller';
import { ListExportsHandler } from '../list-exports/list-exports.handler';
import { publicUrlProvider } from '../qr-codes/public-url.provider';
import { VerifyExportController } from '../verify-export/verify-export.controller';
import { epcisValidatorProvider } from './epcis-validator.provider';
import { OriginDossierReader } from './origin-dossier.reader';

/**
 * The exporter's origin dossier (docs/adr/0013): the list of export shipments, each one's dossier
 * as JSON, as an EPCIS 2.0 document and as a certificate of origin PDF, and the public page the
 * certificate's QR code opens. Its own module so the provenance module gains one import.
 */
@Module({
  controllers: [ListExportsController, GetExportDossierController, GetExportEpcisController, GetCertificateOfOriginController, VerifyExportController, GetExportBundleController, GetVerifyHtmlController],
  providers: [publicUrlProvider, epcisValidatorProvider, OriginDossierReader, ListExportsHandler, GetExportDossierHandler, GetExportEpcisHandler, GetCertificateOfOriginHandler, SealedLogReader, GetExportBundleHandler],
})
export class ExportDossiersModule {}

import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CERTIFICATE_LANGUAGES } from '#tamga/labels';
import { ReplyLike } from '#tamga/platform';
import { sendDossierBody } from '../export-dossiers/send-dossier-body';
import { shipmentIdParam } from '../export-dossiers/shipment-id-param';
import { certificateLanguageOf } from './certificate-language.param';
import { CertificateFile } from './get-certificate-of-origin.handler';
import { GetCertificateOfOriginQuery } from './get-certificate-of-origin.query';

/**
 * GET /exports/{shipmentId}/certificate-of-origin.pdf?lang=en|ru|ja|zh: the certificate an
 * exporter shows a foreign buyer. Public, like the verification page its QR code opens.
 */
@ApiTags('exports')
@Controller('exports')
export class GetCertificateOfOriginController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':shipmentId/certificate-of-origin.pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', required: false, enum: CERTIFICATE_LANGUAGES, description: 'Default: the best of Accept-Language, else en' })
  @ApiOkResponse({ description: 'An A4 PDF: shipment, goods, origin villages with shares, certificates in force on the export date, inspections, a QR code to the verification page' })
  @ApiBadRequestResponse({ description: 'Not a shipment id, or a language the certificate is not printed in: problem+json' })
  @ApiNotFoundResponse({ description: 'No export carries this shipment id: problem+json' })
  async certificate(
    @Param('shipmentId') shipmentId: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const language = certificateLanguageOf(lang, acceptLanguage);
    const file = await this.queryBus.execute<GetCertificateOfOriginQuery, CertificateFile>(new GetCertificateOfOriginQuery(shipmentIdParam(shipmentId), language));
    reply.header('Content-Language', language).header('Vary', 'Accept-Language').header('Content-Disposition', `inline; filename="${file.fileName}"`);
    sendDossierBody(reply, file.pdf, 'application/pdf', ifNoneMatch);
  }
}

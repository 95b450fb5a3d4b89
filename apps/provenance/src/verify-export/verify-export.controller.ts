import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { sendDossierBody } from '../export-dossiers/send-dossier-body';
import { shipmentIdParam } from '../export-dossiers/shipment-id-param';
import { GetExportDossierQuery } from '../get-export-dossier/get-export-dossier.query';
import { ServedDossier } from '../get-export-dossier/get-export-dossier.handler';
import { verificationPageOf } from './verification-page';

/**
 * GET /exports/{shipmentId}/verify: the public page a certificate of origin's QR code opens. Today
 * it shows what the record says of the shipment and links the dossier in every form; issue 5
 * makes it verifiable (signatures, inclusion proofs, a checkpoint, an offline verify.html).
 */
@ApiTags('exports')
@Controller('exports')
export class VerifyExportController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':shipmentId/verify')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page: the shipment, its origin villages with shares, certificates in force on the export date, links to the dossier (JSON, EPCIS, PDF)' })
  @ApiBadRequestResponse({ description: 'Not a shipment id: problem+json' })
  @ApiNotFoundResponse({ description: 'No export carries this shipment id: problem+json' })
  async verify(@Param('shipmentId') shipmentId: string, @Res() reply: ReplyLike): Promise<void> {
    const dossier = await this.queryBus.execute<GetExportDossierQuery, ServedDossier>(new GetExportDossierQuery(shipmentIdParam(shipmentId)));
    sendDossierBody(reply, verificationPageOf(dossier), 'text/html; charset=utf-8');
  }
}

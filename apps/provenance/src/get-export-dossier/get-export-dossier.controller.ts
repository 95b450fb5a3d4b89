import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { sendDossierBody } from '../export-dossiers/send-dossier-body';
import { shipmentIdParam } from '../export-dossiers/shipment-id-param';
import { ServedDossier } from './get-export-dossier.handler';
import { GetExportDossierQuery } from './get-export-dossier.query';

/**
 * GET /exports/{shipmentId}/dossier: where an export shipment comes from, as JSON (shape in
 * docs/adr/0013). Public: it is what an exporter hands a buyer or a customs officer.
 */
@ApiTags('exports')
@Controller('exports')
export class GetExportDossierController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':shipmentId/dossier')
  @ApiOkResponse({ description: 'The shipment, every contributing lot back to its villages and producers with shares, certificates in force on the export date, inspections, every event cited by its EPCIS eventID, and a reserved proofs section' })
  @ApiBadRequestResponse({ description: 'Not a shipment id: problem+json' })
  @ApiNotFoundResponse({ description: 'No export carries this shipment id: problem+json' })
  async dossier(@Param('shipmentId') shipmentId: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: ReplyLike): Promise<void> {
    const dossier = await this.queryBus.execute<GetExportDossierQuery, ServedDossier>(new GetExportDossierQuery(shipmentIdParam(shipmentId)));
    sendDossierBody(reply, JSON.stringify(dossier), 'application/json; charset=utf-8', ifNoneMatch);
  }
}

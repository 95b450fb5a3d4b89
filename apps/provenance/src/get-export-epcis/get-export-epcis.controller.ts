import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { sendDossierBody } from '../export-dossiers/send-dossier-body';
import { shipmentIdParam } from '../export-dossiers/shipment-id-param';
import { GetExportEpcisQuery } from './get-export-epcis.query';
import { ServedEpcisDocument } from './get-export-epcis.handler';

/** GET /exports/{shipmentId}/dossier.jsonld: the EPCIS 2.0 JSON-LD document of the shipment's whole trace back. */
@ApiTags('exports')
@Controller('exports')
export class GetExportEpcisController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':shipmentId/dossier.jsonld')
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ description: 'An EPCISDocument of every event of every lot of the trace back, each eventID its CBV 2.0 hash; header Tamga-Epcis-Schema says whether the GS1 schema validated it' })
  @ApiBadRequestResponse({ description: 'Not a shipment id: problem+json' })
  @ApiNotFoundResponse({ description: 'No export carries this shipment id: problem+json' })
  async document(@Param('shipmentId') shipmentId: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: ReplyLike): Promise<void> {
    const served = await this.queryBus.execute<GetExportEpcisQuery, ServedEpcisDocument>(new GetExportEpcisQuery(shipmentIdParam(shipmentId)));
    reply.header('Tamga-Epcis-Schema', served.validated ? 'validated: GS1 EPCIS 2.0 JSON Schema' : 'not validated: schema folder not installed');
    reply.header('Content-Disposition', `inline; filename="epcis-${shipmentId.replace(/:/g, '-')}.jsonld"`);
    sendDossierBody(reply, JSON.stringify(served.document), 'application/ld+json; charset=utf-8', ifNoneMatch);
  }
}

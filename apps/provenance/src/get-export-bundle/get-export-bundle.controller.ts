import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetails, ReplyLike, problemType } from '#tamga/platform';
import { shipmentIdParam } from '../export-dossiers/shipment-id-param';
import { BundleAnswer } from './get-export-bundle.handler';
import { GetExportBundleQuery } from './get-export-bundle.query';
import { withholdParam } from './withhold-param';

/**
 * GET /exports/{shipmentId}/bundle.json: the shipment's export proof bundle (docs/adr/0017), the
 * file `tamga verify` and verify.html check offline. Public, like the dossier it proves; each
 * download is built and signed afresh (its salts are the log's, so withheld fields stay hidden).
 */
@ApiTags('exports')
@Controller('exports')
export class GetExportBundleController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':shipmentId/bundle.json')
  @ApiQuery({ name: 'withhold', required: false, description: 'Comma-separated groups (buyer, customs, documents, locations, lab-results, producer-names, prices) or type:field pairs, shown only as salted commitments' })
  @ApiOkResponse({ description: 'The proof bundle: the trace back as sealed events with their EPCIS events, the master data they reference, inclusion proofs against one signed checkpoint, the keys, and a manifest signed by the service key' })
  @ApiBadRequestResponse({ description: 'Not a shipment id, or an unknown withholding rule: problem+json' })
  @ApiNotFoundResponse({ description: 'No export carries this shipment id: problem+json' })
  @ApiServiceUnavailableResponse({ description: 'The latest signed checkpoint does not cover the trace yet: problem+json with Retry-After' })
  async bundle(@Param('shipmentId') shipmentId: string, @Query('withhold') withhold: string | undefined, @Res() reply: ReplyLike): Promise<void> {
    const answer = await this.queryBus.execute<GetExportBundleQuery, BundleAnswer>(new GetExportBundleQuery(shipmentIdParam(shipmentId), withholdParam(withhold)));
    if ('retryAfterSeconds' in answer) {
      const code = 'BUNDLE.NOT_YET_CHECKPOINTED';
      const problem: ProblemDetails = { type: problemType(code), title: 'Not yet in a signed checkpoint', status: 503, code, detail: answer.reason, errors: [{ field: 'shipmentId', rule: 'checkpointed', message: answer.reason }] };
      reply.status(503).header('Retry-After', String(answer.retryAfterSeconds)).header('Content-Type', `${PROBLEM_JSON}; charset=utf-8`).send(JSON.stringify(problem));
      return;
    }
    reply
      .status(200)
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="bundle-${shipmentId.replace(/:/g, '-')}.json"`)
      .header('Cache-Control', 'no-store')
      .send(JSON.stringify(answer.bundle));
  }
}

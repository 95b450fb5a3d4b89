import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { lotIdParam, packingIdParam } from '../qr-codes/code-params';
import { sendCached } from '../qr-codes/qr-image';
import { GetPackingLabelsQuery } from './get-packing-labels.query';
import { LabelSheet } from './get-packing-labels.handler';

/**
 * The sheet changes only if the product's English name is revised or the packing is retracted, so
 * an hour is a fair time to reuse it; the ETag makes asking again cheap after that.
 */
const LABELS_CACHE_CONTROL = 'public, max-age=3600';

/** GET /lots/{lotId}/packings/{packingId}/labels.pdf: an A4 sheet of labels for a packing run, 21 per page. */
@ApiTags('labels and QR codes')
@Controller('lots')
export class GetPackingLabelsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/packings/:packingId/labels.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A printable A4 PDF: one label per unit (QR code, product, lot, serial, GTIN, "Made in Kyrgyzstan")' })
  @ApiBadRequestResponse({ description: 'Not a lot code or packing id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot or packing, or the packing was retracted: problem+json' })
  async labels(
    @Param('lotId') lotId: string,
    @Param('packingId') packingId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const query = new GetPackingLabelsQuery(lotIdParam(lotId), packingIdParam(packingId));
    const sheet = await this.queryBus.execute<GetPackingLabelsQuery, LabelSheet>(query);
    reply.header('Content-Disposition', `inline; filename="${sheet.fileName}"`);
    sendCached(reply, sheet.pdf, { contentType: 'application/pdf', cacheControl: LABELS_CACHE_CONTROL }, ifNoneMatch);
  }
}

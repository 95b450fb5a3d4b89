import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { lotIdParam } from '../qr-codes/code-params';
import { QrImageFormat, sendQrImage } from '../qr-codes/qr-image';
import { GetLotQrQuery } from './get-lot-qr.query';

/** GET /lots/{lotId}/qr.svg and qr.png: the QR code of the lot's Digital Link, to print on a sack, a crate or a shelf tag. */
@ApiTags('labels and QR codes')
@Controller('lots')
export class GetLotQrController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/qr.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The QR code as SVG: one path, 4-module quiet zone; cacheable for a year' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  svg(@Param('lotId') lotId: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: ReplyLike): Promise<void> {
    return this.send(lotId, 'svg', ifNoneMatch, reply);
  }

  @Get(':lotId/qr.png')
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'The QR code as PNG, 10 pixels per module; cacheable for a year' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  png(@Param('lotId') lotId: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: ReplyLike): Promise<void> {
    return this.send(lotId, 'png', ifNoneMatch, reply);
  }

  private async send(lotId: string, format: QrImageFormat, ifNoneMatch: string | undefined, reply: ReplyLike): Promise<void> {
    const link = await this.queryBus.execute<GetLotQrQuery, string>(new GetLotQrQuery(lotIdParam(lotId)));
    sendQrImage(reply, link, format, ifNoneMatch);
  }
}

import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { lotIdParam, serialParam } from '../qr-codes/code-params';
import { QrImageFormat, sendQrImage } from '../qr-codes/qr-image';
import { GetUnitQrQuery } from './get-unit-qr.query';

/** GET /lots/{lotId}/units/{serial}/qr.svg and qr.png: the QR code of one jar, bar or rug. */
@ApiTags('labels and QR codes')
@Controller('lots')
export class GetUnitQrController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/units/:serial/qr.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: "The unit's QR code as SVG: one path, 4-module quiet zone; cacheable for a year" })
  @ApiBadRequestResponse({ description: 'Not a lot code or serial: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot, or no such unit packed from it: problem+json' })
  svg(
    @Param('lotId') lotId: string,
    @Param('serial') serial: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return this.send(lotId, serial, 'svg', ifNoneMatch, reply);
  }

  @Get(':lotId/units/:serial/qr.png')
  @ApiProduces('image/png')
  @ApiOkResponse({ description: "The unit's QR code as PNG, 10 pixels per module; cacheable for a year" })
  @ApiBadRequestResponse({ description: 'Not a lot code or serial: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot, or no such unit packed from it: problem+json' })
  png(
    @Param('lotId') lotId: string,
    @Param('serial') serial: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return this.send(lotId, serial, 'png', ifNoneMatch, reply);
  }

  private async send(lotId: string, serial: string, format: QrImageFormat, ifNoneMatch: string | undefined, reply: ReplyLike): Promise<void> {
    const query = new GetUnitQrQuery(lotIdParam(lotId), serialParam(serial));
    sendQrImage(reply, await this.queryBus.execute<GetUnitQrQuery, string>(query), format, ifNoneMatch);
  }
}

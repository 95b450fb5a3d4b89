import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExcludeEndpoint, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DigitalLinkResponder } from './digital-link-responder';

/**
 * GS1 Digital Link resolution: `/01/{gtin}`, `/01/{gtin}/10/{lot}`, `/01/{gtin}/10/{lot}/21/{serial}`.
 * A browser gets the consumer page (HTML, no script), `Accept: application/json` the story as
 * JSON, `Accept: application/linkset+json` (or `?linkType=linkset`) an RFC 9264 linkset; an
 * unknown code is a 404 and a malformed one a 400, as a page for a person or problem+json for a
 * program. Answers are strong-ETagged (304 on If-None-Match), reused for a moment in memory, and
 * a person's scan of a known code is counted (GET /scans).
 */
@ApiTags('consumers')
@Controller('01')
export class DigitalLinkController {
  constructor(private readonly responder: DigitalLinkResponder) {}

  @Get()
  @ApiExcludeEndpoint()
  bare(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.responder.serve(request, reply);
  }

  @Get('*')
  @ApiProduces('text/html', 'application/json', 'application/linkset+json')
  @ApiOkResponse({ description: 'The consumer page (text/html), its story (application/json) or its links (application/linkset+json)' })
  @ApiBadRequestResponse({ description: 'Not a GS1 Digital Link of a GTIN: a page, or problem+json' })
  @ApiNotFoundResponse({ description: 'No such product, lot or unit is recorded: a page, or problem+json' })
  resolve(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.responder.serve(request, reply);
  }
}

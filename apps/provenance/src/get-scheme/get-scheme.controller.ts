import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SchemeView } from '#tamga/read-models';
import { referenceIdParam } from '../master-data-reads/reference-id-param';
import { GetSchemeQuery } from './get-scheme.query';

/** GET /schemes/{schemeId}: a brand or certification scheme ("Made in Kyrgyzstan", the Issyk-Kul regional brand, organic, halal) and its issuer. */
@ApiTags('master data')
@Controller('schemes')
export class GetSchemeController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':schemeId')
  @ApiOkResponse({ description: 'The scheme at its latest version, with its issuer' })
  @ApiBadRequestResponse({ description: 'Not a scheme id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such scheme: problem+json' })
  get(@Param('schemeId') schemeId: string): Promise<SchemeView> {
    return this.queryBus.execute<GetSchemeQuery, SchemeView>(new GetSchemeQuery(referenceIdParam(schemeId, 'schemeId')));
  }
}

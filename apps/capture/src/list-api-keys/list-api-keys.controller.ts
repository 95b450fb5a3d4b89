import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '#tamga/auth';
import { ApiKeyListResponse } from './api-key-summary.response';
import { ListApiKeysQuery } from './list-api-keys.query';
import { ListApiKeysRequestDto } from './list-api-keys.request.dto';

/** GET /api-keys?partyId=: an admin sees which keys exist and which are revoked; never a secret. */
@ApiTags('api-keys')
@Controller('api-keys')
export class ListApiKeysController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ApiKeyListResponse })
  list(@Query() query: ListApiKeysRequestDto): Promise<ApiKeyListResponse> {
    return this.queryBus.execute<ListApiKeysQuery, ApiKeyListResponse>(new ListApiKeysQuery(query.partyId));
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LotAuditView } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { lotIdParam } from '../inspector/lot-id-param';
import { GetLotAuditQuery } from './get-lot-audit.query';

/** GET /lots/:lotId/audit: every event in order, who recorded it, when it happened and was recorded, corrections beside what they correct. */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('lots')
export class GetLotAuditController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/audit')
  @ApiOkResponse({ description: '{ lotId, productId, events: [{ version, type, occurredAt, recordedAt, recordedBy, status, amendments, amends, data }] }' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  audit(@Param('lotId') lotId: string): Promise<LotAuditView> {
    return this.queryBus.execute<GetLotAuditQuery, LotAuditView>(new GetLotAuditQuery(lotIdParam(lotId)));
  }
}

import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { Pool } from 'pg';
import { assertReferenceId } from '#tamga/domain';
import { renderFacilityPage, renderFacilitySearchPage } from '#tamga/inspector-pages';
import { PG_POOL, ReplyLike } from '#tamga/platform';
import { FacilityBalanceView, searchFacilities } from '#tamga/read-models';
import { GetFacilityBalanceQuery } from '../get-facility-balance/get-facility-balance.query';
import { BrowserRequest, paramOf } from '../inspector-ui/browser-request';
import { InspectorBrowser, refusalOf } from '../inspector-ui/inspector-browser';
import { masterNamesOf } from '../inspector-ui/master-names';

/** At most this many places answer a search: a name fragment that matches more needs more letters. */
const SEARCH_LIMIT = 50;

/** GET /inspect/facilities?q=: find a facility by name or id; GET /inspect/facilities/:placeId: its balance. */
@ApiExcludeController()
@Controller('inspect/facilities')
export class InspectFacilityController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly queryBus: QueryBus,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get()
  search(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    const q = (paramOf(request.query, 'q') ?? '').trim().slice(0, 100);
    return this.browser.page(
      request,
      reply,
      async (ctx) => renderFacilitySearchPage(ctx, q, q === '' ? [] : await searchFacilities(this.pool, q, SEARCH_LIMIT)),
      { q },
    );
  }

  @Get(':placeId')
  balance(@Param('placeId') placeId: string, @Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    return this.browser.page(request, reply, async (ctx) => {
      try {
        const view = await this.queryBus.execute<GetFacilityBalanceQuery, FacilityBalanceView>(new GetFacilityBalanceQuery(assertReferenceId(placeId, 'placeId')));
        const names = await masterNamesOf(this.pool, view.products.map((p) => p.productId), view.flags.map((f) => f.details.villageId as string));
        return renderFacilityPage(ctx, names, view);
      } catch (error) {
        const refusal = refusalOf(error, { placeId });
        if (refusal) return refusal;
        throw error;
      }
    });
  }
}

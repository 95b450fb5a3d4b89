import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { Pool } from 'pg';
import { renderTraceForwardPage } from '#tamga/inspector-pages';
import { PG_POOL, ReplyLike } from '#tamga/platform';
import { DEFAULT_TRACE_DEPTH, TraceForwardView } from '#tamga/read-models';
import { BrowserRequest } from '../inspector-ui/browser-request';
import { InspectorBrowser } from '../inspector-ui/inspector-browser';
import { lotForPage } from '../inspector-ui/lot-for-page';
import { masterNamesOf } from '../inspector-ui/master-names';
import { TraceLotForwardQuery } from '../trace-lot-forward/trace-lot-forward.query';

/** GET /inspect/lots/:lotId/trace-forward: a recall's blast radius (lots, units, shops, exports), printable. */
@ApiExcludeController()
@Controller('inspect/lots')
export class InspectTraceForwardController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly queryBus: QueryBus,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get(':lotId/trace-forward')
  traceForward(@Param('lotId') lotId: string, @Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    return this.browser.page(request, reply, (ctx) =>
      lotForPage(lotId, async (id) => {
        const trace = await this.queryBus.execute<TraceLotForwardQuery, TraceForwardView>(new TraceLotForwardQuery(id, DEFAULT_TRACE_DEPTH));
        const places = [
          ...trace.lots.flatMap((l) => l.custodians.map((c) => c.placeId)), ...trace.shops.map((s) => s.placeId),
          ...trace.units.map((u) => u.sold?.shopPlaceId), ...trace.exports.map((e) => e.fromPlaceId),
        ];
        const names = { ...(await masterNamesOf(this.pool, trace.lots.map((l) => l.productId), places)) };
        // Shops carry their names in the answer already; a shop not in master data any more still reads by name.
        const placeNames = new Map(names.places);
        for (const shop of trace.shops) if (shop.names && !placeNames.has(shop.placeId)) placeNames.set(shop.placeId, shop.names);
        return renderTraceForwardPage(ctx, { products: names.products, places: placeNames }, trace);
      }),
    );
  }
}

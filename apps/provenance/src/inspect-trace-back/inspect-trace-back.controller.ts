import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { Pool } from 'pg';
import { renderTraceBackPage } from '#tamga/inspector-pages';
import { PG_POOL, ReplyLike } from '#tamga/platform';
import { DEFAULT_TRACE_DEPTH, TraceBackView } from '#tamga/read-models';
import { BrowserRequest } from '../inspector-ui/browser-request';
import { InspectorBrowser } from '../inspector-ui/inspector-browser';
import { lotForPage } from '../inspector-ui/lot-for-page';
import { masterNamesOf } from '../inspector-ui/master-names';
import { TraceLotBackQuery } from '../trace-lot-back/trace-lot-back.query';

/** GET /inspect/lots/:lotId/trace-back: origin villages and producers with shares, and every upstream lot as a tree. */
@ApiExcludeController()
@Controller('inspect/lots')
export class InspectTraceBackController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly queryBus: QueryBus,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get(':lotId/trace-back')
  traceBack(@Param('lotId') lotId: string, @Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    return this.browser.page(request, reply, (ctx) =>
      lotForPage(lotId, async (id) => {
        const trace = await this.queryBus.execute<TraceLotBackQuery, TraceBackView>(new TraceLotBackQuery(id, DEFAULT_TRACE_DEPTH));
        const products = [...trace.lots.map((l) => l.productId), ...trace.villages.flatMap((v) => v.contributed.map((c) => c.productId))];
        const places = [...trace.lots.flatMap((l) => [l.madeBy?.placeId, l.origin?.villageId]), ...trace.producers.flatMap((p) => p.villageIds)];
        return renderTraceBackPage(ctx, await masterNamesOf(this.pool, products, places), trace);
      }),
    );
  }
}

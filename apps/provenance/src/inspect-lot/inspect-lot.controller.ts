import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { Pool } from 'pg';
import { renderLotPage } from '#tamga/inspector-pages';
import { PG_POOL, ReplyLike } from '#tamga/platform';
import { LotAuditView, LotBalanceView } from '#tamga/read-models';
import { GetLotAuditQuery } from '../get-lot-audit/get-lot-audit.query';
import { GetLotBalanceQuery } from '../get-lot-balance/get-lot-balance.query';
import { BrowserRequest } from '../inspector-ui/browser-request';
import { InspectorBrowser } from '../inspector-ui/inspector-browser';
import { masterNamesOf } from '../inspector-ui/master-names';
import { lotForPage } from '../inspector-ui/lot-for-page';

/** GET /inspect/lots/:lotId: the lot's audit trail (corrections beside what they correct) and its balance. */
@ApiExcludeController()
@Controller('inspect/lots')
export class InspectLotController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly queryBus: QueryBus,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get(':lotId')
  lot(@Param('lotId') lotId: string, @Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    return this.browser.page(request, reply, (ctx) =>
      lotForPage(lotId, async (id) => {
        const [audit, balance] = await Promise.all([
          this.queryBus.execute<GetLotAuditQuery, LotAuditView>(new GetLotAuditQuery(id)),
          // The balance needs the lot projected into `lots`; the audit alone can already show a lot's first events.
          this.queryBus.execute<GetLotBalanceQuery, LotBalanceView>(new GetLotBalanceQuery(id)).catch(() => null),
        ]);
        const data = audit.events.map((e) => (e.data ?? {}) as Record<string, unknown>);
        const names = await masterNamesOf(this.pool, [audit.productId], data.flatMap((d) => [d.placeId, d.shopPlaceId, d.fromPlaceId] as string[]));
        return renderLotPage(ctx, names, audit, balance);
      }),
    );
  }
}

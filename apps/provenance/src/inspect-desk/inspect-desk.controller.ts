import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { Pool } from 'pg';
import { LOT_ID_PATTERN } from '#tamga/domain';
import { PATHS, renderStartPage } from '#tamga/inspector-pages';
import { PG_POOL, ReplyLike } from '#tamga/platform';
import { OpenFlagsView } from '#tamga/read-models';
import { BrowserRequest, paramOf } from '../inspector-ui/browser-request';
import { redirect } from '../inspector-ui/html-answer';
import { InspectorBrowser, PageRefusal } from '../inspector-ui/inspector-browser';
import { masterNamesOf } from '../inspector-ui/master-names';
import { ListOpenFlagsQuery } from '../list-open-flags/list-open-flags.query';

/** How many open flags the desk lists: enough for a region's season; more are counted and said to be cut. */
const DESK_FLAGS = 200;

/** GET /inspect: the desk, open flags first; GET /inspect/lots?code=: the lot search, answered by the lot's page. */
@ApiExcludeController()
@Controller('inspect')
export class InspectDeskController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly queryBus: QueryBus,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get()
  desk(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    return this.browser.page(request, reply, async (ctx) => {
      const flags = await this.queryBus.execute<ListOpenFlagsQuery, OpenFlagsView>(new ListOpenFlagsQuery(undefined, DESK_FLAGS));
      const details = flags.flags.map((f) => f.details as Record<string, unknown>);
      const names = await masterNamesOf(
        this.pool,
        details.map((d) => d.productId as string),
        details.flatMap((d) => [d.villageId as string, d.placeId as string]),
      );
      return renderStartPage(ctx, names, flags);
    });
  }

  @Get('lots')
  async findLot(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    const code = (paramOf(request.query, 'code') ?? '').trim();
    const lang = paramOf(request.query, 'lang');
    if (LOT_ID_PATTERN.test(code)) {
      // Signed in or not, the lot's page decides; a redirect reveals nothing about the lot.
      return redirect(reply, `${PATHS.lot(code)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
    }
    return this.browser.page(request, reply, () => Promise.reject(new PageRefusal({ kind: 'bad-lot-code', code })));
  }
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { DomainError } from '#tamga/domain';
import { repoRoot } from '#tamga/local-infra';
import { ReplyLike } from '#tamga/platform';
import { sendCached } from '../qr-codes/qr-image';

// Where `npm run build` writes the page (apps/verify-html/src/build-verify-html.ts): one file, served as built.
const VERIFY_HTML = join(repoRoot(), 'dist', 'verify.html');

/**
 * GET /verify.html: the offline verifier of export proof bundles (docs/adr/0017), the same file
 * a buyer may save and open from disk. Read once; its CSP forbids it any request of its own.
 */
@Controller()
export class GetVerifyHtmlController {
  private page: Promise<Buffer> | undefined;

  @Get('verify.html')
  @ApiExcludeEndpoint()
  async verifyHtml(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: ReplyLike): Promise<void> {
    this.page ??= readFile(VERIFY_HTML);
    let body: Buffer;
    try {
      body = await this.page;
    } catch {
      this.page = undefined;
      throw new DomainError('VERIFY_HTML.NOT_BUILT', 'not-found', 'verify.html is not built on this server (npm run build makes it)', [{ field: 'path', rule: 'built-page', message: `${VERIFY_HTML} is missing` }]);
    }
    sendCached(reply, body, { contentType: 'text/html; charset=utf-8', cacheControl: 'public, max-age=300' }, ifNoneMatch);
  }
}

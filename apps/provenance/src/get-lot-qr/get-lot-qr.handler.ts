import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { digitalLinkOf } from '#tamga/labels';
import { PG_POOL } from '#tamga/platform';
import { findLotCode } from '#tamga/read-models';
import { knownLotCode } from '../qr-codes/lot-code';
import { PUBLIC_URL } from '../qr-codes/public-url.provider';
import { GetLotQrQuery } from './get-lot-qr.query';

/** The lot's Digital Link `/01/{gtin14}/10/{lot}` on the public resolver; 404 for a lot not (yet) projected. */
@QueryHandler(GetLotQrQuery)
export class GetLotQrHandler implements IQueryHandler<GetLotQrQuery, string> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async execute(query: GetLotQrQuery): Promise<string> {
    const lot = knownLotCode(await findLotCode(this.pool, query.lotId), query.lotId);
    return digitalLinkOf(this.publicUrl, { gtin: lot.gtin, lotId: lot.lotId });
  }
}

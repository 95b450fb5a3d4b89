import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { digitalLinkOf } from '#tamga/labels';
import { PG_POOL } from '#tamga/platform';
import { findLotCode, isPackedUnit } from '#tamga/read-models';
import { knownLotCode } from '../qr-codes/lot-code';
import { PUBLIC_URL } from '../qr-codes/public-url.provider';
import { GetUnitQrQuery } from './get-unit-qr.query';

/**
 * The unit's Digital Link `/01/{gtin14}/10/{lot}/21/{serial}`. Only a serial packed from this lot
 * (by a packing not retracted) has one: a code printed for a unit that was never recorded would
 * send a consumer to a page that cannot vouch for it.
 */
@QueryHandler(GetUnitQrQuery)
export class GetUnitQrHandler implements IQueryHandler<GetUnitQrQuery, string> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async execute({ lotId, serial }: GetUnitQrQuery): Promise<string> {
    const lot = knownLotCode(await findLotCode(this.pool, lotId), lotId);
    if (!(await isPackedUnit(this.pool, lotId, serial))) {
      throw new DomainError('UNIT.NOT_FOUND', 'not-found', `No unit ${serial} is packed from lot ${lotId}`, [
        { field: 'serial', rule: 'packed-unit', message: 'no unit with this serial has been packed from this lot' },
      ]);
    }
    return digitalLinkOf(this.publicUrl, { gtin: lot.gtin, lotId, serial });
  }
}

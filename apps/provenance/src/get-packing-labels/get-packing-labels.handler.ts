import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { digitalLinkOf, labelSheetPdf } from '#tamga/labels';
import { PG_POOL } from '#tamga/platform';
import { findLotCode, findPacking } from '#tamga/read-models';
import { knownLotCode } from '../qr-codes/lot-code';
import { PUBLIC_URL } from '../qr-codes/public-url.provider';
import { GetPackingLabelsQuery } from './get-packing-labels.query';

/** A packing run's label sheet: the PDF and the file name to save it under. */
export interface LabelSheet {
  readonly pdf: Buffer;
  readonly fileName: string;
}

/**
 * One label per unit of the packing, in the order the serials were packed (the order a filling
 * line sticks them on). The product name is the English one: the standard PDF fonts print Latin
 * only (docs/adr/0012). A retracted packing has no labels: its units were never made.
 */
@QueryHandler(GetPackingLabelsQuery)
export class GetPackingLabelsHandler implements IQueryHandler<GetPackingLabelsQuery, LabelSheet> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async execute({ lotId, packingId }: GetPackingLabelsQuery): Promise<LabelSheet> {
    const lot = knownLotCode(await findLotCode(this.pool, lotId), lotId);
    const packing = await findPacking(this.pool, lotId, packingId);
    if (!packing || packing.retracted) {
      throw new DomainError(
        packing ? 'PACKING.RETRACTED' : 'PACKING.NOT_FOUND',
        'not-found',
        packing ? `Packing ${packingId} of lot ${lotId} was retracted` : `No packing ${packingId} of lot ${lotId} is recorded`,
        [
          packing
            ? { field: 'packingId', rule: 'not-retracted', message: 'this packing was retracted: its units have no labels' }
            : { field: 'packingId', rule: 'recorded-packing', message: 'no packing with this id has been recorded for this lot' },
        ],
      );
    }
    const labels = packing.serials.map((serial) => ({
      digitalLink: digitalLinkOf(this.publicUrl, { gtin: lot.gtin, lotId, serial }),
      productName: lot.productNames.en,
      gtin: lot.gtin,
      lotId,
      serial,
    }));
    const title = `Labels of packing ${packingId} of lot ${lotId} (${labels.length} units)`;
    return { pdf: labelSheetPdf(labels, title), fileName: `labels-${lotId}-${packingId.replace(/:/g, '-')}.pdf` };
  }
}

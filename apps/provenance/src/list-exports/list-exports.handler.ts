import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { ExportShipmentSummary, MasterDataPage, listExportShipments } from '#tamga/read-models';
import { dossierLinksOf } from '../export-dossiers/dossier-links';
import { PUBLIC_URL } from '../qr-codes/public-url.provider';
import { ListExportsQuery } from './list-exports.query';

/** A listed shipment with where its dossier is. */
export type ListedExport = ExportShipmentSummary & { readonly links: ReturnType<typeof dossierLinksOf> };

/** Reads a page of export shipments from the read models. */
@QueryHandler(ListExportsQuery)
export class ListExportsHandler implements IQueryHandler<ListExportsQuery, MasterDataPage<ListedExport>> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async execute({ page }: ListExportsQuery): Promise<MasterDataPage<ListedExport>> {
    const found = await listExportShipments(this.pool, page);
    return { ...found, items: found.items.map((s) => ({ ...s, links: dossierLinksOf(this.publicUrl, s.shipmentId) })) };
  }
}

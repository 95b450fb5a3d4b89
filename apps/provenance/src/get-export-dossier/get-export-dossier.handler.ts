import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OriginDossier } from '#tamga/domain';
import { dossierLinksOf } from '../export-dossiers/dossier-links';
import { OriginDossierReader } from '../export-dossiers/origin-dossier.reader';
import { PUBLIC_URL } from '../qr-codes/public-url.provider';
import { GetExportDossierQuery } from './get-export-dossier.query';

/** The dossier as served: the domain's dossier and where its other forms are. */
export type ServedDossier = OriginDossier & { readonly links: ReturnType<typeof dossierLinksOf> };

@QueryHandler(GetExportDossierQuery)
export class GetExportDossierHandler implements IQueryHandler<GetExportDossierQuery, ServedDossier> {
  constructor(
    private readonly reader: OriginDossierReader,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async execute({ shipmentId }: GetExportDossierQuery): Promise<ServedDossier> {
    const { dossier } = await this.reader.read(shipmentId);
    return { ...dossier, links: dossierLinksOf(this.publicUrl, shipmentId) };
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { VillageSpecialisationsView, findVillageSpecialisations } from '#tamga/read-models';
import { notRegistered } from '../master-data-reads/not-registered';
import { GetVillageSpecialisationsQuery } from './get-village-specialisations.query';

/** Reads a village's specialisations; a village not (yet) projected is a 404, one without any has an empty list. */
@QueryHandler(GetVillageSpecialisationsQuery)
export class GetVillageSpecialisationsHandler implements IQueryHandler<GetVillageSpecialisationsQuery, VillageSpecialisationsView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetVillageSpecialisationsQuery): Promise<VillageSpecialisationsView> {
    const found = await findVillageSpecialisations(this.pool, query.villageId);
    if (!found) throw notRegistered('PLACE.NOT_FOUND', 'village', 'villageId', query.villageId);
    return found;
  }
}

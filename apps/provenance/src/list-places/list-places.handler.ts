import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { MasterDataPage, PlaceView, listPlaces } from '#tamga/read-models';
import { ListPlacesQuery } from './list-places.query';

/** Reads one page of places from the read models. */
@QueryHandler(ListPlacesQuery)
export class ListPlacesHandler implements IQueryHandler<ListPlacesQuery, MasterDataPage<PlaceView>> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute(query: ListPlacesQuery): Promise<MasterDataPage<PlaceView>> {
    return listPlaces(this.pool, { kind: query.kind }, query.page);
  }
}

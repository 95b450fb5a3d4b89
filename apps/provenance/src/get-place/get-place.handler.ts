import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { PlaceView, findPlace } from '#tamga/read-models';
import { notRegistered } from '../master-data-reads/not-registered';
import { GetPlaceQuery } from './get-place.query';

/** Reads a place from the read models; one not (yet) projected is a 404. */
@QueryHandler(GetPlaceQuery)
export class GetPlaceHandler implements IQueryHandler<GetPlaceQuery, PlaceView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetPlaceQuery): Promise<PlaceView> {
    const place = await findPlace(this.pool, query.placeId);
    if (!place) throw notRegistered('PLACE.NOT_FOUND', 'place', 'placeId', query.placeId);
    return place;
  }
}

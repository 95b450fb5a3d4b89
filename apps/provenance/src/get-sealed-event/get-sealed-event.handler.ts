import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { SealedEventView, findSealedEvent } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { GetSealedEventQuery } from './get-sealed-event.query';

/** Reads a stored event; an unknown id is a 404. */
@QueryHandler(GetSealedEventQuery)
export class GetSealedEventHandler implements IQueryHandler<GetSealedEventQuery, SealedEventView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ eventId }: GetSealedEventQuery): Promise<SealedEventView> {
    const found = await findSealedEvent(this.pool, eventId);
    if (!found) {
      throw new DomainError('LOG.EVENT_NOT_FOUND', 'not-found', `No event ${eventId} is recorded`, [
        { field: 'eventId', rule: 'recorded', message: 'no event with this id is recorded' },
      ]);
    }
    return found;
  }
}

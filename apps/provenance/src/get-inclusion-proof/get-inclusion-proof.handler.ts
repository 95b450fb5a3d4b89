import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { InclusionProofView, findInclusionProof } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { noCheckpointAt } from '../merkle-log-reads/no-checkpoint';
import { GetInclusionProofQuery } from './get-inclusion-proof.query';

/**
 * Reads an inclusion proof (one query). An unknown event is a 404; an event the log has not
 * reached, or that came after the checkpoint asked for, is a 409 that says so (ask again later,
 * or against a later checkpoint).
 */
@QueryHandler(GetInclusionProofQuery)
export class GetInclusionProofHandler implements IQueryHandler<GetInclusionProofQuery, InclusionProofView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ eventId, treeSize }: GetInclusionProofQuery): Promise<InclusionProofView> {
    const found = await findInclusionProof(this.pool, eventId, treeSize);
    switch (found.outcome) {
      case 'proof':
        return found.proof;
      case 'unknown-event':
        throw new DomainError('LOG.EVENT_NOT_FOUND', 'not-found', `No event ${eventId} is recorded`, [
          { field: 'eventId', rule: 'recorded', message: 'no event with this id is recorded' },
        ]);
      case 'not-in-log':
        throw notYet(eventId, 'is recorded but the relay has not yet added it to the log');
      case 'no-checkpoint':
        if (treeSize !== null) throw noCheckpointAt('treeSize', treeSize);
        throw notYet(eventId, `is leaf ${found.leafIndex} of the log, but no checkpoint has been signed yet`);
      case 'not-in-checkpoint':
        throw notYet(
          eventId,
          `is leaf ${found.leafIndex}, after the checkpoint of tree size ${found.checkpoint.treeSize}${treeSize === null ? ' (the latest): a later checkpoint will include it' : ''}`,
        );
    }
  }
}

function notYet(eventId: string, why: string): DomainError {
  return new DomainError('LOG.EVENT_NOT_YET_CHECKPOINTED', 'conflict', `Event ${eventId} ${why}`, [
    { field: 'eventId', rule: 'checkpointed', message: 'the event is not yet covered by a signed checkpoint' },
  ]);
}

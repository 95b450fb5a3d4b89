import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { ConsistencyProofView, findConsistencyProof } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import { GetConsistencyProofQuery } from './get-consistency-proof.query';

/** Reads a consistency proof (one query); both sizes must be those of signed checkpoints. */
@QueryHandler(GetConsistencyProofQuery)
export class GetConsistencyProofHandler implements IQueryHandler<GetConsistencyProofQuery, ConsistencyProofView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ from, to }: GetConsistencyProofQuery): Promise<ConsistencyProofView> {
    const found = await findConsistencyProof(this.pool, from, to);
    if (found.outcome === 'proof') return found.proof;
    const size = { from, to };
    throw new DomainError(
      'LOG.CHECKPOINT_NOT_FOUND',
      'not-found',
      `No checkpoint was signed at tree size ${found.missing.map((m) => `${size[m]} (${m})`).join(' or ')}: both ends of a consistency proof must be checkpoints`,
      found.missing.map((field) => ({ field, rule: 'checkpointed-size', message: 'must be the tree size of a signed checkpoint (see GET /log/checkpoints)' })),
    );
  }
}

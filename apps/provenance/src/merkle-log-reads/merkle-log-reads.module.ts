import { Module } from '@nestjs/common';
import { GetCheckpointController } from '../get-checkpoint/get-checkpoint.controller';
import { GetCheckpointHandler } from '../get-checkpoint/get-checkpoint.handler';
import { GetConsistencyProofController } from '../get-consistency-proof/get-consistency-proof.controller';
import { GetConsistencyProofHandler } from '../get-consistency-proof/get-consistency-proof.handler';
import { GetInclusionProofController } from '../get-inclusion-proof/get-inclusion-proof.controller';
import { GetInclusionProofHandler } from '../get-inclusion-proof/get-inclusion-proof.handler';
import { GetLatestCheckpointController } from '../get-latest-checkpoint/get-latest-checkpoint.controller';
import { GetLatestCheckpointHandler } from '../get-latest-checkpoint/get-latest-checkpoint.handler';
import { GetSealedEventController } from '../get-sealed-event/get-sealed-event.controller';
import { GetSealedEventHandler } from '../get-sealed-event/get-sealed-event.handler';
import { ListCheckpointsController } from '../list-checkpoints/list-checkpoints.controller';
import { ListCheckpointsHandler } from '../list-checkpoints/list-checkpoints.handler';

/**
 * The Tamga log's public reads (ADR 0016): signed checkpoints, inclusion and consistency proofs,
 * and events as stored. The latest-checkpoint route is declared before the by-size one.
 */
@Module({
  controllers: [
    GetLatestCheckpointController,
    ListCheckpointsController,
    GetCheckpointController,
    GetConsistencyProofController,
    GetInclusionProofController,
    GetSealedEventController,
  ],
  providers: [GetLatestCheckpointHandler, ListCheckpointsHandler, GetCheckpointHandler, GetConsistencyProofHandler, GetInclusionProofHandler, GetSealedEventHandler],
})
export class MerkleLogReadsModule {}

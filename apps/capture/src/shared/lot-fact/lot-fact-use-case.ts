import { LotDecisionContext, LotEventFor } from '#tamga/domain';
import { MasterDataNeeds } from '../master-data-loader';

/**
 * One kind of lot fact as the capture pipeline runs it: which lots and master data its decision
 * needs loaded, and the pure decision itself. Each use-case folder declares one.
 */
export interface LotFactUseCase<TCommand> {
  /** For logs and metrics: `record-shipment`, `place-hold`... */
  readonly name: string;
  readonly lotIds: (command: TCommand) => readonly string[];
  readonly needs: (command: TCommand) => MasterDataNeeds;
  readonly decide: (command: TCommand, context: LotDecisionContext) => LotEventFor[];
}

/** Ask for the consistency proof between the checkpoints of two tree sizes. */
export class GetConsistencyProofQuery {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}
}

/** Ask for an event's inclusion proof against the checkpoint of a tree size (null: the latest). */
export class GetInclusionProofQuery {
  constructor(
    readonly eventId: string,
    readonly treeSize: number | null,
  ) {}
}

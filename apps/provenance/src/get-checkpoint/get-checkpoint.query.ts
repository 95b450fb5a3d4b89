/** Ask for the checkpoint signed at one tree size. */
export class GetCheckpointQuery {
  constructor(readonly treeSize: number) {}
}

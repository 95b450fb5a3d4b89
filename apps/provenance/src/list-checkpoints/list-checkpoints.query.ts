/** Ask for a page of checkpoints in tree-size order, after a tree size. */
export class ListCheckpointsQuery {
  constructor(
    readonly after: number,
    readonly limit: number,
  ) {}
}

/** Ask for a lot's trace forward, at most `maxDepth` links deep. */
export class TraceLotForwardQuery {
  constructor(
    readonly lotId: string,
    readonly maxDepth: number,
  ) {}
}

/** Ask for a lot's trace back, at most `maxDepth` links deep. */
export class TraceLotBackQuery {
  constructor(
    readonly lotId: string,
    readonly maxDepth: number,
  ) {}
}

/** Ask for a lot's mass balance. */
export class GetLotBalanceQuery {
  constructor(readonly lotId: string) {}
}

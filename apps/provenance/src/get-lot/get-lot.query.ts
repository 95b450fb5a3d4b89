/** Ask for one lot and its history. */
export class GetLotQuery {
  constructor(readonly lotId: string) {}
}

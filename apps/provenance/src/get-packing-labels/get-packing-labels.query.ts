/** Ask for the label sheet of one packing run. */
export class GetPackingLabelsQuery {
  constructor(
    readonly lotId: string,
    readonly packingId: string,
  ) {}
}

/** Ask for the Digital Link a lot's QR code carries. */
export class GetLotQrQuery {
  constructor(readonly lotId: string) {}
}

/** Ask for the Digital Link a unit's QR code carries. */
export class GetUnitQrQuery {
  constructor(
    readonly lotId: string,
    readonly serial: string,
  ) {}
}

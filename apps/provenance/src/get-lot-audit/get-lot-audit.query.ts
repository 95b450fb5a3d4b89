/** Ask for a lot's audit trail. */
export class GetLotAuditQuery {
  constructor(readonly lotId: string) {}
}

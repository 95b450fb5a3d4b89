/** Ask for one party, at its latest version. */
export class GetPartyQuery {
  constructor(readonly partyId: string) {}
}

/** Ask for a party's personal details. */
export class GetPartyPersonalDetailsQuery {
  constructor(readonly partyId: string) {}
}

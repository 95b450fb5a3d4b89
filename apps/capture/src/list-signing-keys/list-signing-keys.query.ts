/** The query for a party's signing keys, and who asks (the party itself or an admin may). */
export class ListSigningKeysQuery {
  constructor(
    readonly partyId: string,
    readonly actorId: string,
  ) {}
}

/** The CQRS query "which API keys exist (for this party)". */
export class ListApiKeysQuery {
  constructor(readonly partyId: string | undefined) {}
}

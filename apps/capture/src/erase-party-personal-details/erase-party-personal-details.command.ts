/** Erase a party's personal details (the right to erasure): the row goes, the event log stays as it is. */
export class ErasePartyPersonalDetailsCommand {
  constructor(readonly partyId: string) {}
}

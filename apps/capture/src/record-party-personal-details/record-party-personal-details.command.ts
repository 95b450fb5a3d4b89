import { PartyPersonalDetails } from '#tamga/domain';

/** Record (or replace) a party's personal details: never an event, always the erasable table. */
export class RecordPartyPersonalDetailsCommand {
  constructor(readonly details: PartyPersonalDetails) {}
}

import { PartyRegistered } from './party-registered.event';
import { PartyRevised } from './party-revised.event';

/** Every fact that can happen to a party. */
export type PartyEvent = PartyRegistered | PartyRevised;

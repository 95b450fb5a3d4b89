import { ApiKeyHolder } from '#tamga/domain';

/**
 * Who sent an authenticated request: the party of the API key it carried, never a field of the
 * body. `partyId` is the actor of every event the request records; `roles` are the party's kinds;
 * `party` its latest version (places it operates, groups it belongs to) for the lot rules;
 * `deviceId` is set when the key belongs to one field device of the party.
 */
export type Actor = ApiKeyHolder;

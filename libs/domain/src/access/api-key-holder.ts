import { Party } from '../master-data/party/party';
import { PartyKind } from '../master-data/party/party-kind';
import { ApiKeyState } from './api-key-state';

/** Who sends a request made with a valid API key: the key's party, with its roles at this moment. */
export interface ApiKeyHolder {
  readonly partyId: string;
  readonly keyId: string;
  readonly deviceId?: string;
  /** The party's kinds: what it may do. */
  readonly roles: readonly PartyKind[];
  /** The party's latest version (places it operates, groups it belongs to), for the rules. */
  readonly party: Party;
}

/** Why a presented key does not authenticate anyone. */
export type ApiKeyRefusal = 'unknown-key' | 'revoked' | 'party-not-registered' | 'party-mismatch';

/**
 * Decides who holds a key: only an issued, unrevoked key of a party that is still registered
 * authenticates, and it authenticates exactly that party (never one named by the request).
 */
export function apiKeyHolderOf(key: ApiKeyState, party: Party | undefined): ApiKeyHolder | ApiKeyRefusal {
  if (key.status === 'absent') return 'unknown-key';
  if (key.status === 'revoked') return 'revoked';
  if (!party) return 'party-not-registered';
  // A caller that loaded the wrong party stream must not lend the key someone else's roles.
  if (party.partyId !== key.partyId) return 'party-mismatch';
  return {
    partyId: key.partyId,
    keyId: key.keyId,
    ...(key.deviceId !== undefined ? { deviceId: key.deviceId } : {}),
    roles: party.kinds,
    party,
  };
}

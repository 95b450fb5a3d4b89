import { ApiKeyEvent } from './api-key-event';
import { ApiKeyIssued } from './api-key-issued.event';
import { ApiKeyRevoked } from './api-key-revoked.event';

/** An API key as the rules see it: never issued, usable, or revoked (for good). */
export type ApiKeyState =
  | { readonly status: 'absent' }
  | ({ readonly status: 'active' } & ApiKeyIssued['data'])
  | ({ readonly status: 'revoked'; readonly revokedAt: string; readonly reason: ApiKeyRevoked['data']['reason'] } & ApiKeyIssued['data']);

/** The state of a key that has no events. */
export const ABSENT_API_KEY: ApiKeyState = { status: 'absent' };

/** Applies one event to a key's state. A revocation of a key never issued changes nothing: decide refuses it first. */
export function evolveApiKey(state: ApiKeyState, event: ApiKeyEvent): ApiKeyState {
  switch (event.type) {
    case 'api-key.issued':
      return { status: 'active', ...event.data };
    case 'api-key.revoked':
      return state.status === 'absent' ? state : { ...state, status: 'revoked', revokedAt: event.data.revokedAt, reason: event.data.reason };
  }
}

/** Folds a key's whole history into its state. */
export function foldApiKey(events: readonly ApiKeyEvent[]): ApiKeyState {
  return events.reduce(evolveApiKey, ABSENT_API_KEY);
}

import { SigningKeyRegistered } from './signing-key-registered.event';
import { SigningKeyRevoked } from './signing-key-revoked.event';

/** Every fact about a party's signing keys; they live on the party's own stream. */
export type SigningKeyEvent = SigningKeyRegistered | SigningKeyRevoked;

/** The wire types of {@link SigningKeyEvent}, for readers of a party stream that skip them. */
export const SIGNING_KEY_EVENT_TYPES: readonly string[] = ['party.signing-key-registered', 'party.signing-key-revoked'];

/** The type of the event that publishes a service key in the log (ADR 0016). */
export const SERVICE_KEY_REGISTERED = 'service.signing-key-registered';

/** Events whose data verify-log keeps: the log's own checkpoints and the keys that sign. */
export const KEY_EVENT_TYPES: readonly string[] = [SERVICE_KEY_REGISTERED, 'party.signing-key-registered', 'party.signing-key-revoked'];

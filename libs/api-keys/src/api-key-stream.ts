import { ApiKeyEvent, ApiKeyState, foldApiKey, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';

/** A key as a command needs it: its state and the version to expect when appending. */
export interface LoadedApiKey {
  readonly state: ApiKeyState;
  readonly version: number;
}

/** Folds the stored events of one key's stream. Schema version 1 is the only one so far: no upcasting yet. */
export function apiKeyFrom(stored: readonly StoredEvent[]): LoadedApiKey {
  const events = stored.map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as ApiKeyEvent);
  return { state: foldApiKey(events), version: stored.length };
}

/** Loads and folds one key's stream (`api-key/{keyId}`). */
export async function loadApiKey(eventStore: PostgresEventStore, keyId: string): Promise<LoadedApiKey> {
  return apiKeyFrom(await eventStore.readStream(streamIdOf.apiKey(keyId)));
}

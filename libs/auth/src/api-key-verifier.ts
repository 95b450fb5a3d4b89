import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { ApiKeyHolder as Actor, Party, PartyEvent, apiKeyHolderOf, foldParty, streamIdOf } from '#tamga/domain';
import { apiKeyFrom, findApiKeyHash, parseApiKeyToken, secretMatchesHash } from '#tamga/api-keys';
import { PostgresEventStore } from '#tamga/event-store';
import { PG_POOL } from '#tamga/platform';
import { VerifiedKey, VerifiedKeyCache } from './verified-key-cache';

/** Turns a presented API key into the actor it authenticates, or null; caches verified keys briefly. */
@Injectable()
export class ApiKeyVerifier {
  private readonly cache = new VerifiedKeyCache();
  // Concurrent first requests with one key share one lookup.
  private readonly loading = new Map<string, Promise<VerifiedKey | null>>();
  // Counts revocations seen here, so a lookup that began before one does not cache what it read.
  private forgotten = 0;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly eventStore: PostgresEventStore,
  ) {}

  /** The actor of a key (`tmg_<keyId>_<secret>`): null if malformed, unknown, wrong, revoked, or its party is gone. */
  async actorFor(token: string): Promise<Actor | null> {
    const parsed = parseApiKeyToken(token);
    if (!parsed) return null;
    const key = this.cache.get(parsed.keyId) ?? (await this.load(parsed.keyId));
    return key && secretMatchesHash(parsed.secret, key.secretHash) ? key.actor : null;
  }

  /** Stops trusting a key at once (this process revoked it). */
  forget(keyId: string): void {
    this.forgotten++;
    this.cache.delete(keyId);
    this.loading.delete(keyId);
  }

  private load(keyId: string): Promise<VerifiedKey | null> {
    const loading = this.loading.get(keyId);
    if (loading) return loading;
    const pending: Promise<VerifiedKey | null> = this.lookUp(keyId).finally(() => {
      // Only its own entry: forget() may have dropped it and a newer lookup taken its place.
      if (this.loading.get(keyId) === pending) this.loading.delete(keyId);
    });
    this.loading.set(keyId, pending);
    return pending;
  }

  private async lookUp(keyId: string): Promise<VerifiedKey | null> {
    const forgottenBefore = this.forgotten;
    const [secretHash, stream] = await Promise.all([findApiKeyHash(this.pool, keyId), this.eventStore.readStream(streamIdOf.apiKey(keyId))]);
    const { state } = apiKeyFrom(stream);
    if (!secretHash || state.status !== 'active') return null;
    const holder = apiKeyHolderOf(state, await this.partyOf(state.partyId));
    if (typeof holder === 'string') return null;
    const verified = { secretHash, actor: holder };
    if (this.forgotten === forgottenBefore) this.cache.set(keyId, verified);
    return verified;
  }

  /** The party's latest version, read from its stream (not a read model: a party just registered counts). */
  private async partyOf(partyId: string): Promise<Party | undefined> {
    const stored = await this.eventStore.readStream(streamIdOf.party(partyId));
    const state = foldParty(stored.map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as PartyEvent));
    if (state.status !== 'registered') return undefined;
    const { status: _registered, ...party } = state;
    return party;
  }
}

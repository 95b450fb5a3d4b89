import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { apiKeyFrom, apiKeyIdsOf } from '#tamga/api-keys';
import { ApiKeyState, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { PG_POOL } from '#tamga/platform';
import { ApiKeyListResponse, ApiKeySummary } from './api-key-summary.response';
import { ListApiKeysQuery } from './list-api-keys.query';

/**
 * Lists keys from the log itself (the hash table only says which streams to read), so a key is
 * listed as revoked the moment its revocation commits. Built field by field: no hash can leak.
 */
@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery, ApiKeyListResponse> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly eventStore: PostgresEventStore,
  ) {}

  async execute(query: ListApiKeysQuery): Promise<ApiKeyListResponse> {
    const keyIds = await apiKeyIdsOf(this.pool, query.partyId);
    const streams = await this.eventStore.readStreams(keyIds.map(streamIdOf.apiKey));
    return { apiKeys: keyIds.flatMap((keyId) => summaryOf(apiKeyFrom(streams.get(streamIdOf.apiKey(keyId)) ?? []).state)) };
  }
}

function summaryOf(key: ApiKeyState): ApiKeySummary[] {
  if (key.status === 'absent') return [];
  const summary: ApiKeySummary = { keyId: key.keyId, partyId: key.partyId, label: key.label, issuedAt: key.issuedAt, status: key.status };
  if (key.deviceId !== undefined) summary.deviceId = key.deviceId;
  if (key.status === 'revoked') Object.assign(summary, { revokedAt: key.revokedAt, reason: key.reason });
  return [summary];
}

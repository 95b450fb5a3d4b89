import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard, ApiKeyVerifier } from '#tamga/auth';
import { IssueApiKeyController } from '../issue-api-key/issue-api-key.controller';
import { IssueApiKeyHandler } from '../issue-api-key/issue-api-key.handler';
import { ListApiKeysController } from '../list-api-keys/list-api-keys.controller';
import { WhoAmIController } from '../who-am-i/who-am-i.controller';
import { ListApiKeysHandler } from '../list-api-keys/list-api-keys.handler';
import { RevokeApiKeyController } from '../revoke-api-key/revoke-api-key.controller';
import { RevokeApiKeyHandler } from '../revoke-api-key/revoke-api-key.handler';
import { EVENT_STORE_PROVIDER } from '../shared/event-store.provider';

/**
 * API keys on the write side: the guard on every capture route (APP_GUARD is app-wide, whichever
 * module provides it), and issuing, listing and revoking keys. One verifier, so a revocation
 * here reaches the guard's cache at once.
 */
@Module({
  controllers: [WhoAmIController, IssueApiKeyController, ListApiKeysController, RevokeApiKeyController],
  providers: [
    EVENT_STORE_PROVIDER,
    ApiKeyVerifier,
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    IssueApiKeyHandler,
    ListApiKeysHandler,
    RevokeApiKeyHandler,
  ],
})
export class ApiKeysModule {}

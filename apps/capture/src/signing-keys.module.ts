import { Module } from '@nestjs/common';
import { EVENT_STORE_PROVIDER } from './shared/event-store.provider';
import { ListSigningKeysController } from './list-signing-keys/list-signing-keys.controller';
import { ListSigningKeysHandler } from './list-signing-keys/list-signing-keys.handler';
import { RegisterSigningKeyController } from './register-signing-key/register-signing-key.controller';
import { RegisterSigningKeyHandler } from './register-signing-key/register-signing-key.handler';
import { RevokeSigningKeyController } from './revoke-signing-key/revoke-signing-key.controller';
import { RevokeSigningKeyHandler } from './revoke-signing-key/revoke-signing-key.handler';

/** Parties' Ed25519 signing keys (ADR 0016): register, revoke, list; master data on the party's stream. */
@Module({
  controllers: [RegisterSigningKeyController, RevokeSigningKeyController, ListSigningKeysController],
  providers: [EVENT_STORE_PROVIDER, RegisterSigningKeyHandler, RevokeSigningKeyHandler, ListSigningKeysHandler],
})
export class SigningKeysModule {}

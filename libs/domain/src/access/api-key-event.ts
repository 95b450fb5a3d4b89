import { ApiKeyIssued } from './api-key-issued.event';
import { ApiKeyRevoked } from './api-key-revoked.event';

/** Every fact that can happen to an API key (stream `api-key/{keyId}`). */
export type ApiKeyEvent = ApiKeyIssued | ApiKeyRevoked;

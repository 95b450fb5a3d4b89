import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

/** The answers every lot-fact endpoint gives, for the OpenAPI page. */
export function LotFactResponses(summary: string): MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' }),
    ApiHeader({
      name: 'Tamga-Signature',
      required: false,
      description: '<keyId>:<base64url Ed25519 signature> of the fact\'s signing payload (ADR 0016); required when the party has an active signing key',
    }),
    ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'Record nothing; answer the EPCIS events, their hashes and the payload to sign' }),
    ApiOkResponse({ description: 'dryRun=true: { epcisEvents, epcisHashes, signingPayload, streamIds, occurredAt }' }),
    ApiCreatedResponse({ description: `${summary}: { recorded: [{ lotId, eventId, type, version, globalPosition }] }, one per lot touched` }),
    ApiUnauthorizedResponse({ description: 'No valid API key' }),
    ApiForbiddenResponse({ description: 'The key\'s party lacks the role, or does not hold the lot or operate the place' }),
    ApiNotFoundResponse({ description: 'A lot, certificate or event named is not recorded' }),
    ApiConflictResponse({ description: 'A rule of the lot\'s state refuses it (mass balance, lifecycle, custody): problem+json with the numbers' }),
    ApiUnprocessableEntityResponse({ description: 'A field breaks a rule: problem+json naming each field and rule' }),
  );
}

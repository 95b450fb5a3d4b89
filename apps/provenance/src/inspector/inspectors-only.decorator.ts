import { UseGuards, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiKeyGuard, Roles } from '#tamga/auth';

/**
 * The inspector's reads need an inspector's (or an admin's) API key: they show who recorded what
 * and when, the volumes each party handles, and where goods went (shops, foreign buyers). Consumers
 * read a lot's public story without a key (GET /lots/{lotId} and the QR pages).
 */
export function InspectorsOnly(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    UseGuards(ApiKeyGuard),
    Roles('inspector', 'admin'),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid API key: problem+json, with WWW-Authenticate: Bearer' }),
    ApiForbiddenResponse({ description: 'The key\'s party is not an inspector or an admin: problem+json naming the roles' }),
  );
}
